# Convenience targets. The build itself is SwiftPM's: see README.md.
SWIFT ?= swift
RELEASE_SCRATCH ?= .build-release
WINNOW = $(RELEASE_SCRATCH)/release/winnow
# Extra arguments for `winnow bench`, e.g. BENCH_ARGS="--corpus ../shared/eval/trafilatura/html --repeats 3".
BENCH_ARGS ?=

.PHONY: build-release bench bench-rss

build-release:
	$(SWIFT) build -c release --scratch-path $(RELEASE_SCRATCH)

# libxml2 parse-only baseline vs the full pipeline (1 job and all cores), peak RSS; one process.
bench: build-release
	$(WINNOW) bench $(BENCH_ARGS)

# Peak and steady RSS of `winnow clean` over a generated 20,000-page corpus in /tmp.
bench-rss: build-release
	scripts/bench-rss --winnow $(WINNOW)
