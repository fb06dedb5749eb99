import Synchronization

/// The token kind ICU's word break rules give a symbol standing alone among other text ("□", "≥",
/// "→", "⚠", U+FFFD), learnt from ICU the first time each symbol is met and remembered for the
/// process. Legal text has such a symbol on one line in three hundred, and opening a break iterator
/// for it (a scanner lives for one line) cost ~38 000 instructions, 2% of tokenizing.
///
/// Remembering is exact because one scalar is one segment whatever the rules, and its rule status
/// is learnt from a fresh iterator (``TokenScanner/scanOtherScript(from:)`` consults and teaches
/// this table only before it has opened one for the line). A symbol never engages ICU's dictionary
/// engines, the only state an iterator carries from one text to the next, so leaving the iterator
/// unopened changes nothing for the rest of the line.
enum LoneSymbolKinds {
    private static let known = Mutex<[UInt32: TokenKind]>([:])
    /// Distinct symbols remembered at most (a few hundred exist in practice).
    private static let capacity = 4096

    /// The kind of `scalar` alone, if learnt.
    static func kind(of scalar: UInt32) -> TokenKind? {
        known.withLock { $0[scalar] }
    }

    /// Notes the kind ICU gave `scalar` alone, from an iterator that had seen nothing else.
    static func learn(_ kind: TokenKind, of scalar: UInt32) {
        known.withLock { kinds in
            if kinds.count < capacity { kinds[scalar] = kind }
        }
    }

    /// Whether `scalar` is a symbol (general category Sm, Sc, Sk or So).
    static func isSymbol(_ scalar: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(scalar) else { return false }
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }
}
