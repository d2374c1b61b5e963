import Foundation

/// Ends a worker process soon after its supervisor disappears.
///
/// When the supervisor is killed (`kill -9`), its worker is re-parented and would go on writing into the
/// output folder without anyone to record its crashes. Linux's `PR_SET_PDEATHSIG` is a variadic C call
/// that Swift cannot make, so a thread watches `getppid()` instead, every 50 ms. The worker's own lock
/// (``OutputLock/workerFileName``) makes a new run wait until the orphan is gone.
enum ParentWatch {
    static func start() {
        let parent = getppid()
        let thread = Thread {
            while getppid() == parent { usleep(50_000) }
            // Same as a kill: atomic writes leave no partial files, and the next run cleans temp files.
            _exit(137)
        }
        thread.start()
    }
}
