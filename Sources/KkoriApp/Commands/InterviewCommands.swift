import Foundation
import KkoriEngine
import KkoriPlatform
import KkoriScenario
import KkoriText

/// What `kkori interview` was asked for.
public struct InterviewOptions {
    public var round: String?
    public var scenario: String?
    public var language: String?
    public var seed: UInt64?
    public var mode: String?
    public var plain: Bool

    public init(round: String? = nil, scenario: String? = nil, language: String? = nil, seed: UInt64? = nil,
                mode: String? = nil, plain: Bool = false) {
        self.round = round
        self.scenario = scenario
        self.language = language
        self.seed = seed
        self.mode = mode
        self.plain = plain
    }
}

/// Starting and resuming interviews from the command line.
public enum InterviewCommands {
    /// Builds the session configuration, checking every choice.
    public static func config(_ options: InterviewOptions, scenario: Scenario,
                              platform: Platform = .current) throws(UserError) -> SessionConfig {
        let rounds: [RoundKind]
        if let name = options.round {
            guard let kind = RoundKind(rawValue: name.lowercased()) else {
                throw UserError("unknown round '\(name)'; use technical, project, personality or coding", code: 2)
            }
            guard scenario.round(kind) != nil else {
                let have = scenario.rounds.map(\.kind.rawValue).joined(separator: ", ")
                throw UserError("scenario '\(scenario.id)' has no \(name) round; it has \(have)", code: 2)
            }
            rounds = [kind]
        } else {
            rounds = scenario.rounds.map(\.kind)
        }
        let languageCode = options.language ?? platform.preferredLanguageCode
        guard let language = Language(rawValue: languageCode.lowercased()) else {
            throw UserError("unknown language '\(languageCode)'; use ko or en", code: 2)
        }
        let modeName = options.mode ?? "practice"
        guard let mode = InterviewMode(rawValue: modeName.lowercased()) else {
            throw UserError("unknown mode '\(modeName)'; use practice or real", code: 2)
        }
        let seed = options.seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        return SessionConfig(rounds: rounds, language: language, mode: mode, seed: seed,
                             codingTasks: CodingTasks.ids(in: scenario))
    }

    /// `kkori` alone: the home screen on a terminal, else a line-mode interview of all rounds.
    public static func home(err: (String) -> Void) -> Int32 {
        if FrontEnds.terminalUsable(), case .finished(let code) = FullScreen.home() { return code }
        return interview(InterviewOptions(plain: true), err: err)
    }

    /// `kkori interview`: full screen on a terminal, line mode otherwise or with `--plain`.
    public static func interview(_ options: InterviewOptions, err: (String) -> Void) -> Int32 {
        do throws(UserError) {
            let scenario = try SessionFactory.loadScenario(options.scenario)
            let config = try config(options, scenario: scenario)
            let runtime = try SessionFactory.startRuntime(scenario: scenario, config: config)
            return run(runtime, plain: options.plain, resuming: false)
        } catch {
            err("kkori: \(TerminalSafe.clean(error.message, keepNewlines: false))")
            return error.code
        }
    }

    /// `kkori resume [FILE | --last]`.
    public static func resume(file: String?, last: Bool, scenario: String?, plain: Bool,
                              err: (String) -> Void) -> Int32 {
        do throws(UserError) {
            let path: String
            if let file {
                path = file
            } else if let found = SessionFactory.lastResumable() {
                path = found
            } else {
                throw UserError("no interrupted session to resume; start one with `kkori interview`")
            }
            _ = last
            let runtime = try SessionFactory.resumeRuntime(path: path, scenarioName: scenario)
            return run(runtime, plain: plain, resuming: true)
        } catch {
            err("kkori: \(TerminalSafe.clean(error.message, keepNewlines: false))")
            return error.code
        }
    }

    static func run(_ runtime: InterviewRuntime, plain: Bool, resuming: Bool) -> Int32 {
        if !plain, FrontEnds.terminalUsable(), let code = FrontEnds.runFullScreen(runtime, resuming: resuming) {
            return code
        }
        let io = LineIO(readLine: { Swift.readLine(strippingNewline: true) },
                        write: { text in FileHandle.standardOutput.write(Data(text.utf8)) })
        return LineInterview(runtime: runtime, io: io, desk: CodingTasks.desk(for: runtime.session.scenario)).run(resuming: resuming)
    }
}

/// The front ends available to the commands.
enum FrontEnds {
    /// Runs the full-screen interview; nil when it is not available (line mode takes over).
    static func runFullScreen(_ runtime: InterviewRuntime, resuming: Bool) -> Int32? {
        switch FullScreen.session(runtime, resuming: resuming) {
        case .finished(let code): return code
        case .unavailable: return nil
        }
    }

    /// Whether standard input and output are a terminal that can run full screen.
    static func terminalUsable() -> Bool {
        FullScreen.isAvailable()
    }
}

