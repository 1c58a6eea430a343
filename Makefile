# brief — the two quick-start commands, and a few helpers.
#   make site    build the demo briefing from content/ into site/ (installs what is missing)
#   make test    run the whole test suite (installs what is missing)
SWIFT ?= swift

.PHONY: site test deps release theme bench clean

site: deps
	$(SWIFT) build --product brief
	.build/debug/brief build

test: deps
	$(SWIFT) test

deps:
	@scripts/install-deps.sh

# An optimised binary at .build/release/brief, for real corpora and benchmarks.
release: deps
	$(SWIFT) build -c release --product brief

# Re-embed Templates/ into the binary after editing the default theme.
theme:
	scripts/embed-theme.sh

# Whole-process timings against Hugo on the same generated corpus (see docs/performance.md).
bench: release
	bench/run.sh

clean:
	rm -rf .build site
