import ArgumentParser

extension CleanCommand {
    /// Runs the batch: in a worker process watched by a ``CleanSupervisor`` (the default), or in this
    /// process with `--no-isolate` or when an input is standard input (which a restarted worker could
    /// not read again).
    func runBatch(_ job: BatchJob) async -> Int32 {
        var job = job
        if let workerPass {
            ParentWatch.start()
            job.isWorker = true
            // A restarted worker keeps error lines: those pages just crashed or hung the previous one.
            job.resume = workerPass > 0 ? BatchResume(keepingErrors: true) : resume ? BatchResume() : nil
            return await job.run()
        }
        job.resume = resume ? BatchResume() : nil
        guard isolate, let output, !paths.contains("-") else { return await job.run() }
        return await CleanSupervisor(outputFolder: output, hangSeconds: 2 * maxSeconds).run()
    }

    func validateResume() throws {
        if resume && output == nil {
            throw ValidationError("--resume continues a run in an output folder: give it with -o")
        }
    }
}
