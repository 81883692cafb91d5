#if canImport(Glibc)
  import Glibc

  /// `read(2)` and `close(2)`, named through their module (`Glibc` on Linux, `Darwin` on
  /// macOS), since the stream has methods of the same names.
  private let systemRead = Glibc.read
  private let systemClose = Glibc.close
#elseif canImport(Darwin)
  import Darwin

  /// `read(2)` and `close(2)`, named through their module.
  private let systemRead = Darwin.read
  private let systemClose = Darwin.close
#elseif canImport(Musl)
  import Musl

  /// `read(2)` and `close(2)`, named through their module.
  private let systemRead = Musl.read
  private let systemClose = Musl.close
#endif

/// A file descriptor read as a stream; on standard input, each read waits at most
/// ``CommandLineTool/inputWaitSeconds`` seconds for data.
struct FileStream: ByteStream {
  /// The descriptor.
  let descriptor: Int32
  /// Whether it is standard input (not closed, reads bounded in time).
  let isStandardInput: Bool

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int {
    while true {
      if isStandardInput {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, Int32(CommandLineTool.inputWaitSeconds * 1_000))
        if ready < 0, errno == EINTR { continue }
        if ready == 0 { throw .timedOut }
      }
      let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
      return count
    }
  }

  /// Closes the descriptor (not standard input's).
  func close() {
    if !isStandardInput { _ = systemClose(descriptor) }
  }
}
