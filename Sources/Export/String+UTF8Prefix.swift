extension String {
    /// The longest prefix whose UTF-8 form fits in `maxBytes`, cut between characters.
    ///
    /// File names are limited in bytes (255 on most file systems), not characters. Cutting between
    /// grapheme clusters keeps accents and emoji whole; a single cluster bigger than the budget (a
    /// pathological run of combining marks) is cut between Unicode scalars instead, which is still valid UTF-8.
    func utf8Prefix(maxBytes: Int) -> String {
        guard utf8.count > maxBytes else { return self }
        var result = ""
        var used = 0
        for character in self {
            let size = character.utf8.count
            if used + size > maxBytes { break }
            result.append(character)
            used += size
        }
        if result.isEmpty {
            var scalars = String.UnicodeScalarView()
            for scalar in unicodeScalars {
                let size = String(scalar).utf8.count
                if used + size > maxBytes { break }
                scalars.append(scalar)
                used += size
            }
            result = String(scalars)
        }
        return result
    }
}
