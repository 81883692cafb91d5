@main
struct RelanceTool {
  static func main() { print(answer()) }
  static func answer() -> Int { 42 }
}
