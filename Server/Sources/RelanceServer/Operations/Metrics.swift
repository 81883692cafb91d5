import FranceRelanceModel
import Synchronization

/// The server's counters, written as Prometheus text at `/metrics`: requests by method,
/// route and status, their latencies (a histogram), and assessments by status.
///
/// Routes are counted by their pattern (`/v1/awards/{ref}`), never by the path a client
/// sent, so that the number of series stays bounded.
public final class Metrics: Sendable {
  // MARK: State

  /// The upper bounds of the latency buckets, in seconds.
  static let buckets: [Double] = [0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

  private struct Counts {
    var requests: [String: Int] = [:]
    var bucketCounts = [Int](repeating: 0, count: Metrics.buckets.count)
    var durationSum = 0.0
    var durationCount = 0
    var assessments: [AssessmentStatus: Int] = [:]
  }

  private let counts = Mutex(Counts())

  /// Empty counters.
  public init() {}

  // MARK: Counting

  /// Counts a request answered with `status` after `seconds`.
  func countRequest(method: String, route: String, status: Int, seconds: Double) {
    let key =
      "method=\"" + Self.escaped(method) + "\",route=\"" + Self.escaped(route) + "\",status=\"" + String(status)
      + "\""
    counts.withLock { counts in
      counts.requests[key, default: 0] += 1
      for (index, bound) in Self.buckets.enumerated() where seconds <= bound { counts.bucketCounts[index] += 1 }
      counts.durationSum += seconds
      counts.durationCount += 1
    }
  }

  /// Counts an assessment that ended with `status`.
  func countAssessment(_ status: AssessmentStatus) {
    counts.withLock { $0.assessments[status, default: 0] += 1 }
  }

  // MARK: Exposition

  /// The counters in the Prometheus text format (version 0.0.4).
  public var prometheusText: String {
    let counts = counts.withLock { $0 }
    var lines: [String] = [
      "# HELP relance_requests_total Requêtes HTTP servies, par méthode, route et statut.",
      "# TYPE relance_requests_total counter",
    ]
    for (labels, count) in counts.requests.sorted(by: { $0.key < $1.key }) {
      lines.append("relance_requests_total{" + labels + "} " + String(count))
    }
    lines += [
      "# HELP relance_request_duration_seconds Durée des requêtes, en secondes.",
      "# TYPE relance_request_duration_seconds histogram",
    ]
    for (index, bound) in Self.buckets.enumerated() {
      lines.append(
        "relance_request_duration_seconds_bucket{le=\"" + String(bound) + "\"} " + String(counts.bucketCounts[index]))
    }
    lines += [
      "relance_request_duration_seconds_bucket{le=\"+Inf\"} " + String(counts.durationCount),
      "relance_request_duration_seconds_sum " + String(counts.durationSum),
      "relance_request_duration_seconds_count " + String(counts.durationCount),
      "# HELP relance_assessments_total Dossiers évalués, par statut.",
      "# TYPE relance_assessments_total counter",
    ]
    for status in AssessmentStatus.allCases {
      lines.append(
        "relance_assessments_total{status=\"" + status.rawValue + "\"} " + String(counts.assessments[status] ?? 0))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A label value with `\`, `"` and line breaks escaped.
  private static func escaped(_ value: String) -> String {
    var result = ""
    for character in value {
      switch character {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      default: result.append(character)
      }
    }
    return result
  }
}
