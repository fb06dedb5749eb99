#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import Dispatch

/// Runs a transform over batches of input on `jobs` worker threads and hands the results back
/// strictly in submission order, holding at most `2 × jobs` batches (queued, running or finished
/// but not yet written) so memory stays bounded however long the input is.
///
/// The submitting thread is also the writing thread: `submit` first writes every finished result
/// that is next in order, and blocks only while the window is full and the next result is not ready.
/// So output is produced in input order, and a failure while reading (bad UTF-8) can stop after
/// writing exactly the results of the batches read before it.
final class OrderedBatchRunner<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    // @unchecked: every mutable field below is only touched with `mutex` held.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var pending: [(sequence: Int, input: Input)] = []
    private var pendingHead = 0
    private var finished: [Int: Output] = [:]
    private var nextToSubmit = 0
    private var nextToWrite = 0
    private var closed = false
    private var workersRunning: Int
    private let window: Int

    /// Starts `jobs` workers; each calls `makeTransform` once, on its own thread, and applies the
    /// transform it returns to the batches it takes (so per-thread state such as a rule matcher's
    /// caches needs no locking).
    init(jobs: Int, makeTransform: @escaping @Sendable () -> (Input) -> Output) {
        precondition(jobs >= 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(changed, nil)
        window = 2 * jobs
        workersRunning = jobs
        for _ in 0..<jobs {
            DispatchQueue.global().async { [self] in workerLoop(transform: makeTransform()) }
        }
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        changed.deallocate()
    }

    private func workerLoop(transform: (Input) -> Output) {
        pthread_mutex_lock(mutex)
        while true {
            while pendingHead == pending.count && !closed { pthread_cond_wait(changed, mutex) }
            if pendingHead == pending.count {
                workersRunning -= 1
                pthread_cond_broadcast(changed)
                pthread_mutex_unlock(mutex)
                return
            }
            let job = pending[pendingHead]
            pendingHead += 1
            if pendingHead > 64 && pendingHead * 2 > pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            pthread_mutex_unlock(mutex)
            let output = transform(job.input)
            pthread_mutex_lock(mutex)
            finished[job.sequence] = output
            pthread_cond_broadcast(changed)
        }
    }

    /// Queues `input`; first writes (through `write`, in order) every result that is ready, waiting
    /// while `2 × jobs` batches are outstanding.
    func submit(_ input: Input, write: (Output) throws -> Void) throws {
        try drain(untilOutstandingBelow: window, write: write)
        pthread_mutex_lock(mutex)
        pending.append((nextToSubmit, input))
        nextToSubmit += 1
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(mutex)
    }

    /// Writes every remaining result in order, then stops the workers.
    func finish(write: (Output) throws -> Void) throws {
        defer { close() }
        try drain(untilOutstandingBelow: 1, write: write)
    }

    /// Stops the workers without writing what is left (after an error); waits until they are idle.
    func close() {
        pthread_mutex_lock(mutex)
        closed = true
        pendingHead = pending.count
        pthread_cond_broadcast(changed)
        while workersRunning > 0 { pthread_cond_wait(changed, mutex) }
        pthread_mutex_unlock(mutex)
    }

    private func drain(untilOutstandingBelow limit: Int, write: (Output) throws -> Void) throws {
        pthread_mutex_lock(mutex)
        while true {
            if let output = finished.removeValue(forKey: nextToWrite) {
                nextToWrite += 1
                pthread_mutex_unlock(mutex)
                try write(output)
                pthread_mutex_lock(mutex)
                continue
            }
            if nextToSubmit - nextToWrite < limit { break }
            pthread_cond_wait(changed, mutex)
        }
        pthread_mutex_unlock(mutex)
    }
}
