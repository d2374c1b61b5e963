"""Checks the outputs of examples/spark/test-local against `winnow clean` run directly (spark-submit it
with the test's work folder). Exits non-zero, naming the problem, when a page is missing, doubled or
different, or a manifest or its totals disagree."""

import collections
import glob
import json
import os
import sys

from pyspark.sql import SparkSession

work = sys.argv[1]
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def json_lines(pattern):
    rows = []
    for path in sorted(glob.glob(os.path.join(work, pattern))):
        with open(path, encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def exactly_once(keys, what):
    doubled = [key for key, count in collections.Counter(keys).items() if count > 1]
    check(not doubled, "%s more than once: %s" % (what, doubled[:5]))


def check_manifest(folder, expected_statuses, what):
    merged = json_lines(os.path.join(folder, "manifest.jsonl"))
    inputs = [line.get("input", line.get("url")) for line in merged]  # clean's and run's manifests
    exactly_once(inputs, what + " manifest inputs")
    check({key: line["status"] for key, line in zip(inputs, merged)} == expected_statuses,
          "%s manifest differs from the expected statuses" % what)
    with open(os.path.join(folder, "manifest-totals.json"), encoding="utf-8") as file:
        totals = json.load(file)
    counts = collections.Counter(expected_statuses.values())
    check(totals["inputs"] == len(expected_statuses), "%s totals: inputs %s" % (what, totals["inputs"]))
    for status in ("ok", "empty", "error"):
        check(totals[status] == counts[status], "%s totals: %s is %s, expected %s" % (what, status, totals[status], counts[status]))
    check(totals["duplicates"] == 0, "%s totals: duplicates" % what)
    check(len(totals["manifests"]) == 2, "%s: expected two shard manifests, got %d" % (what, len(totals["manifests"])))


spark = SparkSession.builder.appName("winnow-check").getOrCreate()

# Reference: `winnow clean` over the same folder in one process.
direct = {article["source"]: article for article in json_lines("direct/articles.jsonl")}
direct_statuses = {line["input"]: line["status"] for line in json_lines("direct/manifest.jsonl")}
check(len(direct) >= 30, "the direct run cleaned only %d pages" % len(direct))
check(list(direct_statuses.values()).count("error") == 1, "the direct run should fail on the binary page only")

# Files mode (two --shard tasks): the same article objects, each page once, in JSON Lines and Parquet.
files = json_lines("files-out/articles/part-*")
exactly_once([article["source"] for article in files], "files mode: page")
check({article["source"]: article for article in files} == direct, "files mode: articles differ from winnow clean's")
parquet = {row["source"]: row["text"] for row in spark.read.parquet(os.path.join(work, "files-out/parquet")).collect()}
check(parquet == {source: article["text"] for source, article in direct.items()}, "files mode: Parquet texts differ")
check_manifest(os.path.join(work, "files-out"), direct_statuses, "files mode")

# URL mode (two `winnow run --shard` tasks over a URL list): each URL once, the same article as the
# direct run of the file the server sent.
pages = os.path.join(work, "pages")
urls = [line.strip() for line in open(os.path.join(work, "urls.txt"), encoding="utf-8")]
url_paths = {url: os.path.join(pages, url.split("/", 3)[3]) for url in urls}
fetched = json_lines("urls-out/articles/part-*")
exactly_once([article["source"] for article in fetched], "URL mode: URL")
check(len(fetched) == len(direct), "URL mode: %d articles, the direct run has %d" % (len(fetched), len(direct)))
for article in fetched:
    expected = direct.get(url_paths.get(article["source"]))
    for key in ("text", "title", "date", "language", "fingerprint"):
        check(expected is not None and article.get(key) == expected[key],
              "URL mode: %s of %s differs from winnow clean's" % (key, article["source"]))
check(spark.read.parquet(os.path.join(work, "urls-out/parquet")).count() == len(direct), "URL mode: Parquet rows")
check_manifest(os.path.join(work, "urls-out"), {url: direct_statuses[path] for url, path in url_paths.items()}, "URL mode")

# Records mode (--stdin-jsonl through two partitions): one record per input line, each URL once, the
# same article as the direct run of the page's file.
inputs = [json.loads(line) if line.startswith("{") else None for line in open(os.path.join(work, "records.jsonl"), encoding="utf-8")]
paths = {record["url"]: record["path"] for record in inputs if record}
records = json_lines("records-out/articles/part-*")
check(len(records) == len(inputs), "records mode: %d results for %d input lines" % (len(records), len(inputs)))
exactly_once([record["url"] for record in records if record["url"]], "records mode: URL")
check(sum(1 for record in records if record["url"] is None and record["status"] == "error") == 1,
      "records mode: the line that is not JSON should be one error record")
for record in records:
    if record["url"] is None:
        continue
    expected = direct.get(paths.get(record["url"]))
    article = record["article"] or {}
    for key in ("text", "title", "date", "language", "fingerprint"):
        check(expected is not None and article.get(key) == expected[key],
              "records mode: %s of %s differs from winnow clean's" % (key, record["url"]))
check(spark.read.parquet(os.path.join(work, "records-out/parquet")).count() == len(inputs), "records mode: Parquet rows")
# Its manifest: one line per input line, keyed by URL (the bad line by partition and line number).
unnamed = [line["input"] for line in json_lines("records-out/manifest.jsonl") if line["input"].startswith("partition-")]
expected = {url: direct_statuses[path] for url, path in paths.items()}
expected.update({key: "error" for key in unnamed[:1]})
check(len(unnamed) == 1, "records mode: expected one manifest line for the bad line, got %s" % unnamed)
check_manifest(os.path.join(work, "records-out"), expected, "records mode")
spark.stop()

if problems:
    print("spark-test: %d problems:\n  %s" % (len(problems), "\n  ".join(problems)), file=sys.stderr)
    sys.exit(1)
print("spark-test: %d pages in files and URL mode and %d records checked against winnow clean"
      % (len(direct_statuses), len(records)))
