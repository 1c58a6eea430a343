extension ReportedSpeechFinder {
}
