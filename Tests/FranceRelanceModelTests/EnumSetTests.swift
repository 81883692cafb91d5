import FranceRelanceModel
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A three-case enumeration for the bit-set tests.
private enum Channel: String, Codable, EnumSetElement {
  case api, files, openData

  var position: Int {
    switch self {
    case .api: 0
    case .files: 1
    case .openData: 2
    }
  }
}

@Suite("Bit sets of enumeration cases")
struct EnumSetTests {
  @Test("Membership, insertion, removal and iteration follow Set")
  func behavesLikeSet() {
    var set: EnumSet<Channel> = [.openData, .api]
    #expect(set.contains(.api) && set.contains(.openData) && !set.contains(.files))
    #expect(set.count == 2)
    #expect(Array(set) == [.api, .openData])  // order of allCases
    let inserted = set.insert(.files)
    let insertedAgain = set.insert(.files)
    #expect(inserted.inserted && !insertedAgain.inserted && insertedAgain.memberAfterInsert == .files)
    #expect(set == .all)
    let removed = set.remove(.api)
    let removedAgain = set.remove(.api)
    #expect(removed == .api && removedAgain == nil)
    #expect(Set(set) == [.files, .openData])
    #expect(EnumSet<Channel>(rawValue: 0xFFFF_FFFF) == .all)
    #expect(EnumSet<Channel>([.api]).isSuperset(of: []) && !EnumSet<Channel>([.api]).isSuperset(of: [.files]))
  }

  @Test("EnumSet is a SetAlgebra: the standard operations agree with Set's", arguments: 0..<8, 0..<8)
  func setAlgebra(left: Int, right: Int) {
    func sets(_ mask: Int) -> (EnumSet<Channel>, Set<Channel>) {
      let members = Channel.allCases.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
      return (EnumSet(members), Set(members))
    }
    let (a, setA) = sets(left)
    let (b, setB) = sets(right)
    #expect(Set(a.union(b)) == setA.union(setB))
    #expect(Set(a.intersection(b)) == setA.intersection(setB))
    #expect(Set(a.symmetricDifference(b)) == setA.symmetricDifference(setB))
    #expect(Set(a.subtracting(b)) == setA.subtracting(setB))
    #expect(a.isSubset(of: b) == setA.isSubset(of: setB))
    #expect(a.isDisjoint(with: b) == setA.isDisjoint(with: setB))
    var c = a
    c.formSymmetricDifference(b)
    #expect(Set(c) == setA.symmetricDifference(setB))
  }

  @Test("Flags hold yes, no or no answer per case")
  func flags() {
    var flags: EnumFlags<Channel> = [.api: true, .files: false]
    #expect(flags[.api] == true && flags[.files] == false && flags[.openData] == nil)
    flags[.api] = false
    flags[.files] = nil
    #expect(flags[.api] == false && flags[.files] == nil && flags.count == 1)
    #expect(EnumFlags<Channel>.all(true).yes == .all && EnumFlags<Channel>.all(false).no == .all)
    #expect(EnumFlags<Channel>(yes: [.api], no: [.api, .files])[.api] == true)
    let answers: EnumFlags<Channel> = [.openData: true, .api: false]
    #expect(answers.map(\.key) == [.api, .openData])
  }

  @Test("Both round trip through Codable, and a repeated member is refused")
  func codable() throws {
    let set: EnumSet<Channel> = [.files, .openData]
    let flags: EnumFlags<Channel> = [.api: true, .openData: false]
    #expect(try JSONDecoder().decode(EnumSet<Channel>.self, from: JSONEncoder().encode(set)) == set)
    #expect(try JSONDecoder().decode(EnumFlags<Channel>.self, from: JSONEncoder().encode(flags)) == flags)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(EnumSet<Channel>.self, from: Data(#"["api","api"]"#.utf8))
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(EnumFlags<Channel>.self, from: Data(#"{"ftp":true}"#.utf8))
    }
  }
}
