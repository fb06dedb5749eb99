/// The (instruction, position) pairs one look-around search (``MatcherCore/searchLookaround(_:backward:at:in:)``)
/// has visited, so that it visits each pair once and stays O(tokens × program size) whatever the
/// program (`(_*)*` included).
///
/// Positions are counted as distances from where the search starts (it only moves away from it:
/// backward for a look-behind, forward for a look-ahead). Pairs within ``window`` tokens — almost
/// all of them with real rules — are stamps in a flat table, one load and one store; the rest go to
/// an ``IntegerMap``, so that a long line needs no table as large as line × program. Stamps make
/// starting a search O(1): the table is never cleared between searches.
///
/// This replaced an ``IntegerMap`` for every pair: hashing, probing and the map's bookkeeping were
/// about a third of a search step (479k steps per MB of Wikipedia text).
///
/// ```swift
/// var visits = LookaroundVisits()
/// visits.begin(instructions: 6)
/// visits.insert(pc: 2, distance: 1)   // true: first visit
/// visits.insert(pc: 2, distance: 1)   // false
/// ```
///
/// - Complexity: O(1) per insertion (expected, for pairs beyond the window); memory grows to the
///   largest look-around program × ``window`` stamps, plus the map's pairs of the current search.
struct LookaroundVisits {
    /// Distances kept in the flat table; farther pairs go to `far`.
    static let window = 32

    /// Per (pc × ``window`` + distance): the search that last visited the pair.
    private var stamps: [UInt32] = []
    /// The current search's stamp (0 is never one).
    private var current: UInt32 = 0
    /// Pairs beyond the window, (pc << 32 | distance), of the current search.
    private var far = IntegerMap()

    /// Starts a new search over a program of `instructions` instructions: no pair visited.
    mutating func begin(instructions: Int) {
        if stamps.count < instructions * Self.window {
            // (New stamps are 0: visited by no search.)
            stamps.append(contentsOf: repeatElement(0, count: instructions * Self.window - stamps.count))
        }
        current &+= 1
        if current == 0 {
            stamps = Array(repeating: 0, count: stamps.count)
            current = 1
        }
        if far.count > 0 { far.removeAll() }
    }

    /// Marks the pair visited; false when the current search had already visited it.
    @inline(__always)
    mutating func insert(pc: Int, distance: Int) -> Bool {
        if distance < Self.window {
            let index = pc * Self.window + distance
            if stamps[index] == current { return false }
            stamps[index] = current
            return true
        }
        let key = Int64(pc) << 32 | Int64(distance)
        if far[key] != nil { return false }
        far[key] = 1
        return true
    }
}
