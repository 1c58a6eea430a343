#ifndef ALLOCATOR_SETTINGS_H
#define ALLOCATOR_SETTINGS_H

/// jemalloc's options for the `brief` binary (see allocator_settings.c).
extern const char *malloc_conf;

#endif
