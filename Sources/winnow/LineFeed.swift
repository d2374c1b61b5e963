import Fetch
import Foundation

/// Lines of a ``LineReader`` read on a thread of their own and handed out with `await`.
///
/// Reading standard input blocks until the writer sends more. Doing that on a task would hold one of
/// Swift's few cooperative threads: results already cleaned could not be written, and a client that
/// sends one line and waits for its answer would wait forever. The thread reads at most `capacity`
/// lines ahead of the consumer.
final class LineFeed: @unchecked Sendable {
    enum Item: Sendable {
        case line(LineReader.Line)
        case failed(String)
    }

    private let condition = NSCondition()
    // Guarded by `condition`:
    private var queue: [Item] = []
    private var finished = false
    private var waiting: CheckedContinuation<Item?, Never>?

    /// Starts reading `reader` on a new thread.
    init(_ reader: LineReader, capacity: Int) {
        let thread = Thread { [self] in
            var reader = reader
            while true {
                let item: Item?
                do { item = try reader.next().map(Item.line) } catch { item = .failed(error.localizedDescription) }
                guard let item else { break }
                deliver(item, capacity: capacity)
                if case .failed = item { break }
            }
            condition.lock()
            finished = true
            let waiter = waiting
            waiting = nil
            condition.unlock()
            waiter?.resume(returning: nil)
        }
        thread.start()
    }

    /// Hands `item` to a waiting consumer, or queues it, waiting while `capacity` items are queued.
    private func deliver(_ item: Item, capacity: Int) {
        condition.lock()
        // A consumer waits only when the queue is empty, so it always gets the next item directly.
        while waiting == nil && queue.count >= capacity { condition.wait() }
        if let waiter = waiting {
            waiting = nil
            condition.unlock()
            waiter.resume(returning: item)
            return
        }
        queue.append(item)
        condition.unlock()
    }

    /// The next line or read failure; nil at the end of the stream. One caller at a time.
    func next() async -> Item? {
        await withCheckedContinuation { continuation in
            condition.lock()
            if !queue.isEmpty {
                let item = queue.removeFirst()
                condition.signal()
                condition.unlock()
                continuation.resume(returning: item)
            } else if finished {
                condition.unlock()
                continuation.resume(returning: nil)
            } else {
                waiting = continuation
                condition.signal()
                condition.unlock()
            }
        }
    }
}
