# Convenience targets. The build itself is SwiftPM's: see README.md.
SWIFT ?= swift
# The Swift runtime and Foundation linked in (--static-swift-stdlib), as for cluster nodes: measured here,
# the pipeline costs 1.26x libxml2's parse in one job instead of 1.34x with the shared libraries (calls
# into the runtime, retain/release above all, go direct instead of through the PLT). Same folder as
# scripts/test-static-binary, so one build serves both.
RELEASE_SCRATCH ?= .build-static
WINNOW = $(RELEASE_SCRATCH)/release/winnow
# Extra arguments for `winnow bench`, e.g. BENCH_ARGS="--corpus ../shared/eval/trafilatura/html --repeats 3".
BENCH_ARGS ?=

.PHONY: build-release bench bench-rss

build-release:
	$(SWIFT) build -c release --static-swift-stdlib --product winnow --scratch-path $(RELEASE_SCRATCH)

# libxml2 parse-only baseline vs the full pipeline (1 job and all cores), peak RSS; one process.
bench: build-release
	$(WINNOW) bench $(BENCH_ARGS)

# Peak and steady RSS of `winnow clean` over a generated 20,000-page corpus in /tmp.
bench-rss: build-release
	scripts/bench-rss --winnow $(WINNOW)
