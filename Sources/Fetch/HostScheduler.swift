/// Hands out URLs to workers fairly across hosts while keeping every host's limits.
///
/// Each host (scheme, host and port) has its own queue. A worker asking for work gets the next URL of
/// the next host in round-robin order that has fewer than `perHost` requests in flight and whose delay
/// since its last request start has passed; one busy host never starves the others. A retry goes back
/// to the front of its host's queue and pushes that host's next start out by the retry's wait.
actor HostScheduler {
    struct Job: Sendable {
        /// Position in the input list.
        var index: Int
        var url: String
        /// `scheme://host:port`, the politeness and robots.txt key.
        var host: String
        /// Attempts made so far.
        var attempts: Int = 0
    }

    private struct HostState {
        var queue: [Job] = []
        var head = 0
        var active = 0
        /// When the last request to this host started (nil: none yet).
        var lastStart: ContinuousClock.Instant?
        /// No request before this instant (set by `Retry-After` and backoff).
        var notBefore: ContinuousClock.Instant
        var delay: Duration
        /// True until the host's robots.txt is known: one request at a time, so `Crawl-delay` applies
        /// from the second request on.
        var gated: Bool

        var pending: Bool { head < queue.count }
        var readyAt: ContinuousClock.Instant { max(notBefore, lastStart.map { $0 + delay } ?? notBefore) }
    }

    /// A dispatched job and what its dispatch changed, so an unused dispatch can be refunded.
    struct Ticket: Sendable {
        var job: Job
        fileprivate var started: ContinuousClock.Instant
        fileprivate var previousStart: ContinuousClock.Instant?
    }

    private let perHost: Int
    private let defaultDelay: Duration
    private var hosts: [String: HostState] = [:]
    private var order: [String] = []
    private var cursor = 0
    /// Jobs queued or in flight; `next()` returns nil once this is zero.
    private var outstanding = 0
    private let clock = ContinuousClock()

    /// - Parameter gated: hold each host to one job in flight until ``open(_:crawlDelay:)`` (robots.txt read).
    init(jobs: [Job], perHost: Int, delay: Double, gated: Bool = false) {
        self.perHost = perHost
        self.defaultDelay = .milliseconds(Int64(delay * 1000))
        let now = clock.now
        for job in jobs {
            if hosts[job.host] == nil {
                hosts[job.host] = HostState(notBefore: now, delay: defaultDelay, gated: gated)
                order.append(job.host)
            }
            hosts[job.host]!.queue.append(job)
        }
        outstanding = jobs.count
    }

    /// The next job to run, waiting until one is due; nil when every job has finished.
    func next() async -> Ticket? {
        while outstanding > 0 {
            if Task.isCancelled { return nil }
            let now = clock.now
            var earliest: ContinuousClock.Instant? = nil
            for step in 0..<order.count {
                let position = (cursor + step) % order.count
                let name = order[position]
                guard var state = hosts[name], state.pending, state.active < (state.gated ? 1 : perHost) else { continue }
                let ready = state.readyAt
                if ready <= now {
                    let job = state.queue[state.head]
                    state.head += 1
                    if state.head > 1024, state.head * 2 > state.queue.count {
                        state.queue.removeFirst(state.head)
                        state.head = 0
                    }
                    state.active += 1
                    let ticket = Ticket(job: job, started: now, previousStart: state.lastStart)
                    state.lastStart = now
                    hosts[name] = state
                    cursor = (position + 1) % order.count
                    return ticket
                }
                earliest = min(earliest ?? ready, ready)
            }
            // Nothing due: sleep until the earliest host is, or briefly while all are busy.
            let wait = earliest.map { min($0 - now, .milliseconds(50)) } ?? .milliseconds(10)
            try? await Task.sleep(for: max(wait, .milliseconds(1)))
        }
        return nil
    }

    /// Records that the ticket's request is being sent now (after robots.txt was read), so the host's
    /// delay counts from the request itself rather than from the dispatch.
    func sending(_ ticket: Ticket) {
        guard var state = hosts[ticket.job.host], state.lastStart == ticket.started else { return }
        state.lastStart = clock.now
        hosts[ticket.job.host] = state
    }

    /// Marks the job done for good (success or final failure).
    /// - Parameter requested: false when no request was sent (robots.txt said no): the host's delay
    ///   is refunded so the next URL need not wait for a request that never happened.
    func finish(_ ticket: Ticket, requested: Bool = true) {
        guard var state = hosts[ticket.job.host] else { return }
        state.active -= 1
        if !requested, state.lastStart == ticket.started { state.lastStart = ticket.previousStart }
        hosts[ticket.job.host] = state
        outstanding -= 1
    }

    /// Puts the job back at the front of its host's queue; the host gets no request for `wait` seconds.
    func retry(_ ticket: Ticket, after wait: Double) {
        let job = ticket.job
        guard var state = hosts[job.host] else { return }
        state.active -= 1
        if state.head > 0 {
            state.head -= 1
            state.queue[state.head] = job
        } else {
            state.queue.insert(job, at: 0)
        }
        state.notBefore = max(state.notBefore, clock.now + .milliseconds(Int64(wait * 1000)))
        hosts[job.host] = state
    }

    /// Lifts the one-at-a-time gate once `host`'s robots.txt is known, raising its delay between
    /// request starts to `crawlDelay` seconds when that is larger (never lowering it).
    func open(_ host: String, crawlDelay: Double?) {
        guard var state = hosts[host] else { return }
        state.gated = false
        if let crawlDelay {
            let delay = Duration.milliseconds(Int64(crawlDelay * 1000))
            if delay > state.delay { state.delay = delay }
        }
        hosts[host] = state
    }
}
