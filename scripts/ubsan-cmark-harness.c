// Feeds each file named on the command line to cmark-gfm as brief's MarkdownRenderer does: the same
// parse options and extensions, then the HTML and the plain text of the document and of each top-level
// block. Built with the sanitizers by scripts/ubsan-cmark.sh; prints how many files it read.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdio.h>
#include <stdlib.h>

static const char *extension_names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

static void render(const char *text, size_t length) {
    int options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;
    cmark_parser *parser = cmark_parser_new(options);
    for (size_t i = 0; i < sizeof extension_names / sizeof *extension_names; i++) {
        cmark_syntax_extension *extension = cmark_find_syntax_extension(extension_names[i]);
        if (extension) cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, text, length);
    cmark_node *document = cmark_parser_finish(parser);
    cmark_llist *extensions = cmark_parser_get_syntax_extensions(parser);
    free(cmark_render_html(document, options, extensions));
    free(cmark_render_plaintext(document, options | CMARK_OPT_NOBREAKS, 0));
    for (cmark_node *block = cmark_node_first_child(document); block; block = cmark_node_next(block)) {
        free(cmark_render_html(block, options, extensions));
        free(cmark_render_plaintext(block, options | CMARK_OPT_NOBREAKS, 0));
    }
    cmark_node_free(document);
    cmark_parser_free(parser);
}

int main(int argc, char **argv) {
    cmark_gfm_core_extensions_ensure_registered();
    int read = 0;
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) continue;
        fseek(file, 0, SEEK_END);
        long length = ftell(file);
        fseek(file, 0, SEEK_SET);
        char *text = malloc(length > 0 ? (size_t)length : 1);
        size_t got = fread(text, 1, (size_t)(length > 0 ? length : 0), file);
        fclose(file);
        render(text, got);
        free(text);
        read++;
    }
    printf("%d files parsed and rendered\n", read);
    return 0;
}
