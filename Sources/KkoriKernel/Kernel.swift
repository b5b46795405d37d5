import Dispatch
import Foundation

/// The reference float32 ops that the coding tasks are graded against and timed by.
///
/// Every op takes and returns contiguous `Tensor`s. A shape mismatch is a programming error and stops
/// the program with a message naming the op and the shapes (`precondition`); inputs whose shapes come
/// from data should be checked first with the throwing functions in `Kernel.Shapes`.
public enum Kernel {
    /// The most cores an op may use; 0 means all of them. Scope it with `Kernel.$threadLimit.withValue`.
    @TaskLocal public static var threadLimit: Int = 0

    /// The number of worker threads to use for `requested` (0 = the task-local limit or every core).
    static func workerCount(_ requested: Int = 0) -> Int {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let wanted = requested > 0 ? requested : (threadLimit > 0 ? threadLimit : cores)
        return max(1, min(wanted, cores))
    }

    /// Threads for a row-wise op over `elements` floats: one below a million. Waking a second thread costs
    /// tens of microseconds, and far more when the other core is busy with another process, so smaller
    /// ops (softmax or layer norm of 256×512 take ~0.1 ms on one core) stay on the calling thread.
    static func workerCount(elements: Int) -> Int {
        elements >= 1 << 20 ? workerCount() : 1
    }

    /// Runs `body(i)` for every `i` in `0..<count`, spread over at most `threads` threads.
    ///
    /// Items go out in contiguous pieces so neighbouring items share caches. When every core may be used,
    /// there are four pieces per thread, handed out as threads come free: on a machine shared with other
    /// processes, a core that is busy elsewhere then holds up one small piece instead of half the work.
    static func parallelFor(_ count: Int, threads: Int, _ body: (Int) -> Void) {
        guard count > 0 else { return }
        let workers = min(threads, count)
        if workers <= 1 {
            for i in 0..<count { body(i) }
            return
        }
        let allCores = workers >= ProcessInfo.processInfo.activeProcessorCount
        let pieces = allCores ? min(count, 4 * workers) : workers
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                for i in (count * piece / pieces)..<(count * (piece + 1) / pieces) { shared.value(i) }
            }
        }
    }

    /// Stops with the shape error's message; the ops call this when their inputs disagree.
    @discardableResult
    static func require<T>(_ check: () throws(ShapeError) -> T) -> T {
        do {
            return try check()
        } catch {
            preconditionFailure(error.description)
        }
    }
}

/// Carries a non-Sendable value into `concurrentPerform`, whose workers only read disjoint data.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A raw pointer that may cross into worker threads, each of which writes a disjoint region.
struct SendablePointer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Float>
    init(_ base: UnsafeMutablePointer<Float>) { self.base = base }
}
