"""Clean pages with Winnow on Apache Spark: one `winnow` process per partition, results as JSON Lines
and Parquet, and one merged manifest with totals.

    spark-submit --files ./winnow winnow_spark.py --winnow winnow --output OUT [--mode MODE] [--partitions N] INPUT...

Modes (see README.md beside this file):
  files    INPUTs are HTML files, folders or WARC archives on storage every executor can read. Partition i
           of N runs `winnow clean INPUT... --shard i/N -o SCRATCH -f jsonl`: N tasks cover every page
           exactly once, with no list of pages sent around.
  urls     INPUTs are URL lists (one per line) every executor can read; partition i runs
           `winnow run -i LIST... --shard i/N -o SCRATCH -f jsonl`.
  records  INPUTs are JSON Lines files of {"url": ..., "html": ...} records, on any file system Spark
           reads; each partition's lines are piped through `winnow clean --stdin-jsonl`.

Writes OUT/articles/ (JSON Lines part files: one article object per page, or one result record per
input line in records mode), OUT/parquet/ (the same rows, via Spark), and, on the driver,
OUT/manifests/shard-I/manifest.jsonl merged by `winnow merge-manifests` into OUT/manifest.jsonl and
OUT/manifest-totals.json (OUT must then be a local path of the driver; else give --manifest-dir).
"""

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="paths (files, urls modes: readable by every executor)")
    parser.add_argument("--winnow", required=True,
                        help="the winnow binary: a path every executor can run, or the name of a file shipped "
                             "with spark-submit --files")
    parser.add_argument("--output", required=True, help="output folder or URI (hdfs://, s3a://, file://, ...)")
    parser.add_argument("--mode", choices=["files", "urls", "records"], default="files")
    parser.add_argument("--partitions", type=int, default=0,
                        help="shards (files, urls) or minimum partitions (records); default: Spark's default parallelism")
    parser.add_argument("--jobs", type=int, default=1,
                        help="pages each winnow process cleans in parallel (executor cores per task)")
    parser.add_argument("--manifest-dir", help="local folder of the driver for the merged manifest (default: --output)")
    parser.add_argument("--winnow-args", default="",
                        help="extra winnow options, e.g. '--favor precision' (split on spaces)")
    return parser.parse_args(argv)


def resolve_winnow(name):
    """The binary to run on this executor: `name` when it exists here, else the file shipped with --files."""
    if os.path.isfile(name):
        path = name
    else:
        from pyspark import SparkFiles
        path = SparkFiles.get(os.path.basename(name))
    # Files shipped with --files do not always keep their executable bit.
    mode = os.stat(path).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(path, mode | stat.S_IXUSR)
    return path


def shard_task(mode, inputs, count, winnow, jobs, extra):
    """The work of partition i in files and urls mode: run one winnow shard, yield its result lines."""
    def run(index, _ignored):
        scratch = tempfile.mkdtemp(prefix="winnow-shard-%d-" % index)
        try:
            binary = resolve_winnow(winnow)
            if mode == "files":
                command = [binary, "clean", *inputs]
            else:
                command = [binary, "run", *[argument for path in inputs for argument in ("-i", path)]]
            command += ["-o", scratch, "-f", "jsonl", "--shard", "%d/%d" % (index, count), "-q", *extra]
            if mode == "files":
                command += ["--jobs", str(jobs)]
            finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            # 1 means some pages failed: they are in the manifest as errors. Anything else stops the task.
            if finished.returncode not in (0, 1):
                raise RuntimeError("winnow shard %d/%d exited with %d: %s"
                                   % (index, count, finished.returncode, finished.stderr.decode(errors="replace")))
            articles = os.path.join(scratch, "articles.jsonl")
            if os.path.exists(articles):
                with open(articles, encoding="utf-8") as lines:
                    for line in lines:
                        yield ("article", index, line.rstrip("\n"))
            with open(os.path.join(scratch, "manifest.jsonl"), encoding="utf-8") as lines:
                for line in lines:
                    yield ("manifest", index, line.rstrip("\n"))
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return run


def pipe_task(winnow, jobs, extra):
    """The work of one partition in records mode: its lines through `winnow clean --stdin-jsonl`.

    Like RDD.pipe, but the binary is resolved on the executor (SparkFiles) and a failed process fails
    the task. Input is written from a thread while output is read, so neither pipe can fill up.
    """
    def run(index, lines):
        process = subprocess.Popen(
            [resolve_winnow(winnow), "clean", "--stdin-jsonl", "--jobs", str(jobs), *extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        failure = []

        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
            except Exception as error:  # noqa: BLE001 - reported by the reading side
                failure.append(error)
            finally:
                try:
                    process.stdin.close()
                except OSError:
                    pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        errors = []
        drain = threading.Thread(target=lambda: errors.append(process.stderr.read()), daemon=True)
        drain.start()
        for line in process.stdout:
            yield ("article", index, line.decode("utf-8").rstrip("\n"))
        writer.join()
        drain.join()
        status = process.wait()
        if status != 0 or failure:
            raise RuntimeError("winnow --stdin-jsonl on partition %d exited with %d: %s %s"
                               % (index, status, b"".join(errors).decode(errors="replace"), failure))
    return run


def manifest_line(record, index):
    """A `winnow clean` manifest line for one --stdin-jsonl result record (records mode)."""
    result = json.loads(record)
    key = result["url"] if result["url"] is not None else "partition-%d:line-%d" % (index, result["line"])
    return json.dumps({"input": key, "status": result["status"], "outputs": [], "error": result["error"]},
                      ensure_ascii=False, separators=(",", ":"))


def write_manifests(results, mode, folder):
    """Streams the manifest lines to the driver, one shard file each; returns the shard folders."""
    lines = results.filter(lambda item: item[0] == "manifest" or mode == "records")
    handles = {}
    try:
        for kind, index, text in lines.toLocalIterator():
            if index not in handles:
                shard = os.path.join(folder, "shard-%d" % index)
                os.makedirs(shard, exist_ok=True)
                handles[index] = open(os.path.join(shard, "manifest.jsonl"), "w", encoding="utf-8")
            handles[index].write((manifest_line(text, index) if mode == "records" else text) + "\n")
    finally:
        for handle in handles.values():
            handle.close()
    return [os.path.join(folder, "shard-%d" % index) for index in sorted(handles)]


def main(argv):
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    arguments = parse_arguments(argv)
    spark = SparkSession.builder.appName("winnow").getOrCreate()
    context = spark.sparkContext
    count = arguments.partitions or context.defaultParallelism
    extra = arguments.winnow_args.split()
    if arguments.mode == "records":
        lines = context.textFile(",".join(arguments.inputs), minPartitions=count)
        results = lines.mapPartitionsWithIndex(pipe_task(arguments.winnow, arguments.jobs, extra))
    else:
        # One element per shard: partition i of the range is shard i, whatever Spark's scheduling.
        shards = context.parallelize(range(count), count)
        task = shard_task(arguments.mode, arguments.inputs, count, arguments.winnow, arguments.jobs, extra)
        results = shards.mapPartitionsWithIndex(task)
    # Kept for the three passes below (text, Parquet, manifest), so winnow runs once per shard.
    results.persist(StorageLevel.MEMORY_AND_DISK)

    articles = results.filter(lambda item: item[0] == "article").map(lambda item: item[2])
    articles.saveAsTextFile(arguments.output.rstrip("/") + "/articles")
    if articles.isEmpty():
        print("winnow_spark: no articles, so no Parquet files", file=sys.stderr)
    else:
        spark.read.json(articles).write.parquet(arguments.output.rstrip("/") + "/parquet")

    manifest_dir = arguments.manifest_dir or arguments.output
    shard_folders = write_manifests(results, arguments.mode, os.path.join(manifest_dir, "manifests"))
    merged = subprocess.run([resolve_winnow(arguments.winnow), "merge-manifests", *shard_folders, "-o", manifest_dir])
    results.unpersist()
    spark.stop()
    return merged.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
