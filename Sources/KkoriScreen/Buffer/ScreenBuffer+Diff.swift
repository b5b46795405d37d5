/// A run of changed cells on one row: the back end redraws exactly these.
public struct ChangedRun: Sendable, Hashable {
    /// The row.
    public var row: Int
    /// The columns, end exclusive; never starts on the second half of a wide character.
    public var columns: Range<Int>

    public init(row: Int, columns: Range<Int>) {
        self.row = row
        self.columns = columns
    }
}

extension ScreenBuffer {
    /// The runs of cells that differ from `previous` (everything when there is no previous frame or
    /// its size differs). A run that would begin on the second half of a wide character begins on
    /// its first half instead, so the back end always draws whole characters.
    public func changes(since previous: ScreenBuffer?) -> [ChangedRun] {
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).map { ChangedRun(row: $0, columns: 0..<width) }
        }
        var runs: [ChangedRun] = []
        cells.withUnsafeBufferPointer { now in
            previous.cells.withUnsafeBufferPointer { before in
                for row in 0..<height {
                    changes(row: row, now: now, before: before, previous: previous, into: &runs)
                }
            }
        }
        return runs
    }

    /// The changed runs of one row.
    private func changes(row: Int, now: UnsafeBufferPointer<Cell>, before: UnsafeBufferPointer<Cell>,
                         previous: ScreenBuffer, into runs: inout [ChangedRun]) {
        let base = row * width
        @inline(__always) func same(_ column: Int) -> Bool {
            let a = now[base + column]
            let b = before[base + column]
            guard a.code == b.code, a.width == b.width, a.style == b.style else {
                return a.code >= Cell.clusterBase && b.code >= Cell.clusterBase && sameCell(a, as: b, in: previous)
            }
            return a.code < Cell.clusterBase || sameCell(a, as: b, in: previous)
        }
        var column = 0
        while column < width {
            guard !same(column) else {
                column += 1
                continue
            }
            var start = column
            if now[base + start].isContinuation, start > 0 { start -= 1 }
            while column < width, !same(column) { column += 1 }
            if column < width, now[base + column].isContinuation { column += 1 }
            if let last = runs.last, last.row == row, last.columns.upperBound >= start {
                runs[runs.count - 1].columns = last.columns.lowerBound..<column
            } else {
                runs.append(ChangedRun(row: row, columns: start..<column))
            }
        }
    }
}
