/// Output collected in memory, for a run inside the test process.
final class OutputBuffer {
  /// The text written so far.
  var text = ""
}
