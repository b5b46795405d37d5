import CNcursesw
import Glibc
import KkoriScreen

extension CursesTerminal {
    /// A terminal that draws into curses' memory only (output to /dev/null, no input), of a known type
    /// and size: for benchmarks, which measure the whole draw path without a screen.
    public static func headless(width: Int, height: Int, term: String = "xterm-256color") -> CursesTerminal? {
        _ = setlocale(LC_ALL, "C.UTF-8")
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { return nil }
        guard let screen = newterm(term, output, input) else {
            fclose(output)
            fclose(input)
            return nil
        }
        let terminal = CursesTerminal(screen: screen, output: output, allowColor: true)
        _ = resizeterm(Int32(height), Int32(width))
        return terminal
    }
}

extension CursesTerminal {
    /// The frame on screen (nil before the first draw or after `invalidate`).
    public var shownFrame: ScreenBuffer? { shown }
}
