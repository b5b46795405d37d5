import Foundation
import KkoriCoding
import KkoriKernel

/// A fresh private folder for one case: the inputs and a copy of the solution go in, the returned
/// arrays come out, and the whole folder is removed afterwards.
struct CaseFolder {
    /// The folder's path.
    let path: String

    /// Makes `root` (0700) if needed and a new `case-PID-XXXXXX` folder inside it.
    static func create(in root: String) throws(RunnerError) -> CaseFolder {
        if mkdir(root, 0o700) != 0, errno != EEXIST {
            do {
                try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw .folderFailed(path: root, reason: error.localizedDescription)
            }
        }
        var template = Array("\(root)/case-\(getpid())-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else { throw .folderFailed(path: root, reason: String(cString: strerror(errno))) }
        return CaseFolder(path: String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Writes a file in the folder.
    func write(_ name: String, _ bytes: [UInt8]) throws(RunnerError) {
        let target = path + "/" + name
        guard FileManager.default.createFile(atPath: target, contents: Data(bytes),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw .folderFailed(path: target, reason: "the file could not be written")
        }
    }

    /// Reads `name` if it exists and is a regular file of at most `limit` bytes.
    func read(_ name: String, limit: Int) -> [UInt8]? {
        let target = path + "/" + name
        var info = stat()
        guard lstat(target, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= limit,
              let data = FileManager.default.contents(atPath: target) else { return nil }
        return [UInt8](data)
    }

    /// Removes the folder and everything in it, even what the solution made unreadable.
    func remove() {
        Self.removeTree(path)
    }

    /// Deletes `path` recursively without following links, making folders writable first.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        chmod(path, 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            removeTree(path + "/" + name)
        }
        rmdir(path)
    }

    /// Removes case folders left by kkori processes that no longer exist (killed before cleaning up).
    static func sweepStale(in root: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix("case-") {
            let parts = name.split(separator: "-")
            guard parts.count == 3, let pid = Int32(parts[1]), pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { removeTree(root + "/" + name) }
        }
    }
}

extension CaseInputs {
    /// The `.npy` files the harness loads, by file name.
    func files() -> [(name: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = []
        for item in items {
            switch item.value {
            case .tensor(let t): files.append(("\(item.name).npy", NPY.encode(NPYArray(t))))
            case .labels(let labels):
                files.append(("\(item.name).npy", NPY.encode(.int64(shape: [labels.count], labels.map { Int64($0) }))))
            case .mask(let m): files.append(("\(item.name).npy", NPY.encode(NPYArray(m))))
            case .params(let list):
                for entry in list { files.append(("\(item.name).\(entry.key).npy", NPY.encode(NPYArray(entry.tensor)))) }
            case .integer, .number: break
            }
        }
        return files
    }

    /// The harness's description of one argument.
    static func argument(_ input: CaseInput) -> Any {
        switch input.value {
        case .tensor, .labels, .mask: return ["npy": "\(input.name).npy"]
        case .integer(let n): return ["int": n]
        case .number(let x): return ["float": x]
        case .params(let list): return ["dict": list.map { [$0.key, ["npy": "\(input.name).\($0.key).npy"]] }]
        }
    }
}
