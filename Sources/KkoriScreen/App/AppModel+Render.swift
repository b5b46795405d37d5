/// Frames: the current screen, then the overlays on top.
extension AppModel {
    /// Draws the whole frame into `buffer` (which must be `width` × `height`).
    public func render(into buffer: inout ScreenBuffer) {
        buffer.clear()
        renderOnBlank(into: &buffer)
    }

    /// A new frame of the model's size.
    public func frame() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        renderOnBlank(into: &buffer)
        return buffer
    }

    /// Draws the frame into a buffer that is already blank.
    private func renderOnBlank(into buffer: inout ScreenBuffer) {
        if isTooSmall {
            OverlayViews.enlarge(strings: strings, minimum: (Self.minimumWidth, Self.minimumHeight), into: &buffer)
            return
        }
        if let help {
            HelpView.render(context: help.context, scroll: help.scroll, strings: strings, into: &buffer)
        } else {
            renderScreen(into: &buffer)
        }
        if confirmingQuit { OverlayViews.confirmQuit(strings: strings, into: &buffer) }
    }

    private func renderScreen(into buffer: inout ScreenBuffer) {
        switch screen {
        case .home: HomeView.render(home, strings: strings, into: &buffer)
        case .interview(let state): InterviewView.render(state, strings: strings, into: &buffer)
        case .feedback(let state): FeedbackView.render(state, strings: strings, into: &buffer)
        case .summary(let state):
            OverlayViews.summary(state, title: scenario?.title[strings.language] ?? "", strings: strings, into: &buffer)
        case .report(let state): ReportView.render(state, strings: strings, into: &buffer)
        case .task(let state): TaskView.render(state, strings: strings, into: &buffer)
        }
    }
}
