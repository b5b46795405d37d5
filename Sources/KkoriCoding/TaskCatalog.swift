import KkoriScenario

/// The coding tasks of a scenario, read from its `tasks/*.yaml` files, with every problem found.
public struct TaskCatalog: Sendable {
    /// The tasks that were read without problems, ordered by file path.
    public var tasks: [CodingTask]
    /// Every problem, located as file:line:column.
    public var diagnostics: [Diagnostic]

    public init(tasks: [CodingTask], diagnostics: [Diagnostic] = []) {
        self.tasks = tasks
        self.diagnostics = diagnostics
    }

    /// Reads every task file among `files` (the scenario's `taskFiles`; other paths are ignored).
    public static func load(_ files: [SourceFile], limits: YAMLLimits = YAMLLimits()) -> TaskCatalog {
        var diagnostics: [Diagnostic] = []
        let sink = DiagnosticSink()
        var tasks: [CodingTask] = []
        var seen: [String: String] = [:]
        for file in files.filter({ isTaskFile($0.path) }).sorted(by: { $0.path < $1.path }) {
            guard let node = SafeYAML.parse(file, limits: limits, into: &diagnostics) else { continue }
            let before = sink.items.count
            let task = TaskParser(file: file.path, sink: sink).readTask(node)
            guard let task, sink.items.count == before else { continue }
            if let other = seen[task.id] {
                sink.add(file.path, node.mark, "task id '\(task.id)' is also used by \(other); give each task its own id")
                continue
            }
            seen[task.id] = file.path
            tasks.append(task)
        }
        return TaskCatalog(tasks: tasks, diagnostics: (diagnostics + sink.items).sorted())
    }

    /// Whether `path` is a task definition (YAML under `tasks/`).
    public static func isTaskFile(_ path: String) -> Bool {
        ScenarioLoader.isTaskFile(path) && (path.hasSuffix(".yaml") || path.hasSuffix(".yml"))
    }

    /// The task with `id`.
    public func task(_ id: String) -> CodingTask? {
        tasks.first { $0.id == id }
    }

    /// The task ids in order.
    public var ids: [String] { tasks.map(\.id) }
}
