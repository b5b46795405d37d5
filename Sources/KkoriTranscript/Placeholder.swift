// KkoriTranscript
