/// Frames of the history area: the page on top, then the overlays.
extension HistoryBrowser {
    /// Draws the whole frame into `buffer` (which must be `width` × `height`).
    public func render(into buffer: inout ScreenBuffer) {
        buffer.clear()
        if isTooSmall {
            OverlayViews.enlarge(strings: strings.ui, minimum: (AppModel.minimumWidth, AppModel.minimumHeight),
                                 into: &buffer)
            return
        }
        if let help {
            HistoryHints.renderHelp(context: help.context, scroll: help.scroll, title: strings.keysTitle + " · " + pageTitle,
                                    strings: strings, into: &buffer)
            return
        }
        switch page {
        case .list:
            HistoryListView.render(list, strings: strings, into: &buffer)
            if let message {
                buffer.put(" " + message, row: buffer.height - 2, column: 0, style: Style(.accent), limit: buffer.width - 1)
            }
            if list.confirmingDelete != nil { confirmDelete(into: &buffer) }
        case .replay(let state): ReplayView.render(state, strings: strings, into: &buffer)
        case .compare(let state): CompareView.render(state, strings: strings, into: &buffer)
        case .progress(let model, let scroll): ProgressView.render(model, scroll: scroll, strings: strings, into: &buffer)
        }
    }

    /// The page's name, for the help overlay's title.
    var pageTitle: String {
        switch page {
        case .list: strings.historyTitle
        case .replay: strings.replayTitle
        case .compare: strings.compareTitle
        case .progress: strings.progressTitle
        }
    }

    /// A new frame of the browser's size.
    public func frame() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        render(into: &buffer)
        return buffer
    }

    private func confirmDelete(into buffer: inout ScreenBuffer) {
        guard let name = list.confirmingDelete, let row = list.rows.first(where: { $0.name == name }) else { return }
        buffer.dialog(title: strings.deleteTitle, lines: [
            (row.date + " · " + SafeText.line(row.scenario, limit: 40) + " · " + row.stateLabel(strings), Style(.normal, .bold)),
            (SafeText.line(row.name, limit: 80), Style(.muted)),
            ("", .plain),
            (strings.deleteBody, .plain),
            ("", .plain),
            (strings.deleteKeys, Style(.accent, .bold)),
        ])
    }
}
