import Foundation

/// Turns the many ways pages write dates into ISO 8601, and rejects dates that cannot be a publication date.
///
/// Output is `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` plus `±HH:MM` when the source gave a time (and a zone,
/// when it had one). A hand-written tokenizer instead of regexes or `DateFormatter`: inputs are short, the
/// formats are many, and formatters are locale-sensitive and costly to build per call.
enum DateNormalizer {
    /// Earliest plausible publication year: the web had no news sites before this.
    static let earliestYear = 1995

    /// Normalizes `raw`, or returns nil when no plausible date is found.
    /// - Parameters:
    ///   - raw: a date as written on the page ("2018-11-22T10:00:00Z", "Nov 22, 2018", "22.11.2018", ...).
    ///   - now: dates later than `now` plus one day are rejected (a day of slack for time zones).
    static func normalize(_ raw: String, now: Date = Date()) -> String? {
        normalize(raw, horizon: Horizon(now: now))
    }

    /// `normalize(_:now:)` with the latest plausible day worked out beforehand.
    static func normalize(_ raw: String, horizon: Horizon) -> String? {
        guard let text = MetadataText.clean(raw, limit: 200) else { return nil }
        let tokens = DateToken.tokenize(text)
        guard let found = numericDate(tokens) ?? namedMonthDate(tokens) ?? cjkDate(tokens) else { return nil }
        guard isPlausible(year: found.year, month: found.month, day: found.day, horizon: horizon) else {
            return nil
        }
        var result = isoDay(found.year, found.month, found.day)
        if let time = found.time { result += time }
        return result
    }

    /// A date found in a URL path: `/2018/11/22/`, `/2018-11-22/` or `/20181122/`.
    static func fromURLPath(_ path: String, now: Date = Date()) -> String? {
        fromURLPath(path, horizon: Horizon(now: now))
    }

    /// `fromURLPath(_:now:)` with the latest plausible day worked out beforehand.
    static func fromURLPath(_ path: String, horizon: Horizon) -> String? {
        let segments = path.split(separator: "/").map(String.init)
        for (index, segment) in segments.enumerated() {
            guard segment.count == 4, let year = Int(segment), year >= earliestYear,
                index + 2 < segments.count,
                let month = Int(segments[index + 1]), segments[index + 1].count <= 2,
                let day = Int(segments[index + 2]), segments[index + 2].count <= 2
            else { continue }
            if isPlausible(year: year, month: month, day: day, horizon: horizon) {
                return isoDay(year, month, day)
            }
        }
        for segment in segments {
            // A slug such as "2018-11-22-title" or a bare "20181122".
            let digits = segment.prefix(10)
            if digits.count == 10, let normalized = normalizeISOPrefix(String(digits), horizon: horizon) {
                return normalized
            }
            if segment.count == 8, segment.allSatisfy(\.isASCII), let value = Int(segment) {
                let (year, month, day) = (value / 10_000, value / 100 % 100, value % 100)
                if isPlausible(year: year, month: month, day: day, horizon: horizon) {
                    return isoDay(year, month, day)
                }
            }
        }
        return nil
    }

    private static func normalizeISOPrefix(_ text: String, horizon: Horizon) -> String? {
        let tokens = DateToken.tokenize(text)
        guard tokens.count == 5, let found = numericDate(tokens), found.time == nil,
            isPlausible(year: found.year, month: found.month, day: found.day, horizon: horizon)
        else { return nil }
        return isoDay(found.year, found.month, found.day)
    }

    /// True for a real calendar day between 1995 and tomorrow.
    static func isPlausible(year: Int, month: Int, day: Int, horizon: Horizon) -> Bool {
        guard year >= earliestYear, (1...12).contains(month), day >= 1 else { return false }
        let daysInMonth = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= daysInMonth[month - 1] else { return false }
        return (year, month, day) <= horizon.latest
    }

    /// The latest plausible day: `now` plus one day of slack for time zones, in UTC. Worked out once per
    /// page, by arithmetic: `Calendar.dateComponents` cost more than parsing the dates it bounds.
    struct Horizon {
        let latest: (year: Int, month: Int, day: Int)

        init(now: Date) {
            let tomorrow = now.addingTimeInterval(86_400).timeIntervalSince1970
            latest = Self.civilDay(daysSince1970: Int((tomorrow / 86_400).rounded(.down)))
        }

        /// The Gregorian day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`): eras of 400
        /// years, years starting in March so the leap day comes last.
        static func civilDay(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
            let shifted = days + 719_468  // days since 0000-03-01
            let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
            let dayOfEra = shifted - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let monthFromMarch = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
            let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
            return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
        }
    }

    /// `YYYY-MM-DD`.
    private static func isoDay(_ year: Int, _ month: Int, _ day: Int) -> String {
        padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// A non-negative `value` zero-padded to `width` digits, as `String(format: "%0<width>d")` writes it
    /// without Foundation's format parsing.
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    fileprivate struct Found {
        var year: Int
        var month: Int
        var day: Int
        /// "THH:MM:SS" plus an optional zone, appended to the date.
        var time: String?
    }

    /// Three numbers joined by the same `-`, `/` or `.`: year first (ISO, `2018/11/22`) or last
    /// (`22.11.2018` day first; `11/22/2018` month first unless the first number cannot be a month).
    private static func numericDate(_ tokens: [DateToken]) -> Found? {
        guard tokens.count >= 5 else { return nil }
        for start in 0...(tokens.count - 5) {
            guard case .number(let a, let aDigits) = tokens[start],
                case .symbol(let separator) = tokens[start + 1], "-/.".contains(separator),
                case .number(let b, let bDigits) = tokens[start + 2], bDigits <= 2,
                case .symbol(separator) = tokens[start + 3],
                case .number(let c, let cDigits) = tokens[start + 4]
            else { continue }
            if aDigits == 4 && cDigits <= 2 {
                let time = separator == "-" ? isoTime(tokens, from: start + 5) : nil
                return Found(year: a, month: b, day: c, time: time)
            }
            if cDigits == 4 && aDigits <= 2 {
                // Slashes with a possible month first are read the US way; dots and dashes day first.
                if separator == "/" && a <= 12 { return Found(year: c, month: a, day: b) }
                return Found(year: c, month: b, day: a)
            }
        }
        return nil
    }

    /// The time after an ISO date: `THH:MM[:SS[.fff]]` and a zone (`Z`, `±HH:MM`, `±HHMM`, `UTC`, `GMT`).
    private static func isoTime(_ tokens: [DateToken], from start: Int) -> String? {
        var index = start
        if index < tokens.count, case .word("t") = tokens[index] { index += 1 }
        guard let (clock, next) = clockTime(tokens, from: index) else { return nil }
        index = next
        // Fractional seconds carry nothing a publication date needs.
        if index + 1 < tokens.count, case .symbol(".") = tokens[index], case .number = tokens[index + 1] {
            index += 2
        }
        return "T" + clock + (zone(tokens, from: index) ?? "")
    }

    /// `HH:MM[:SS]` starting at `start`, as "HH:MM:SS", and the index after it.
    private static func clockTime(_ tokens: [DateToken], from start: Int) -> (String, Int)? {
        guard start + 2 < tokens.count,
            case .number(let hour, _) = tokens[start], hour < 24,
            case .symbol(":") = tokens[start + 1],
            case .number(let minute, 2) = tokens[start + 2], minute < 60
        else { return nil }
        var second = 0
        var index = start + 3
        if index + 1 < tokens.count, case .symbol(":") = tokens[index],
            case .number(let s, 2) = tokens[index + 1],
            s < 61
        {
            second = min(s, 59)
            index += 2
        }
        return (padded(hour, 2) + ":" + padded(minute, 2) + ":" + padded(second, 2), index)
    }

    /// A zone at `start`, as "+HH:MM".
    private static func zone(_ tokens: [DateToken], from start: Int) -> String? {
        guard start < tokens.count else { return nil }
        switch tokens[start] {
        case .word("z"), .word("utc"), .word("gmt"):
            return "+00:00"
        case .symbol(let sign) where sign == "+" || sign == "-":
            guard start + 1 < tokens.count, case .number(let value, let digits) = tokens[start + 1] else {
                return nil
            }
            var hours = value
            var minutes = 0
            if digits == 4 {
                hours = value / 100
                minutes = value % 100
            } else if digits <= 2, start + 3 < tokens.count, case .symbol(":") = tokens[start + 2],
                case .number(let m, 2) = tokens[start + 3]
            {
                minutes = m
            } else if digits > 2 {
                return nil
            }
            guard hours <= 14, minutes < 60 else { return nil }
            return String(sign) + padded(hours, 2) + ":" + padded(minutes, 2)
        default:
            return nil
        }
    }

    /// A date with a month name: "22 November 2018", "November 22, 2018", "Thu, 22 Nov 2018 10:00:00 GMT",
    /// "22. März 2018", "22 de noviembre de 2018". A time is kept only with an explicit zone (RFC 822),
    /// because a bare local time cannot be placed.
    private static func namedMonthDate(_ tokens: [DateToken]) -> Found? {
        for (index, token) in tokens.enumerated() {
            guard case .word(let word) = token, let month = MonthNames.number(of: word) else { continue }
            var day: Int?
            // Day before the month, skipping "." ("22. März"), "de" and ordinal suffixes.
            var back = index - 1
            while back >= 0 {
                if case .symbol(let s) = tokens[back], s == "." || s == "," {
                    back -= 1
                } else if case .word(let w) = tokens[back],
                    ["de", "del", "st", "nd", "rd", "th", "of", "er"].contains(w)
                {
                    back -= 1
                } else {
                    break
                }
            }
            if back >= 0, case .number(let value, let digits) = tokens[back], digits <= 2,
                (1...31).contains(value)
            {
                day = value
            }
            var forward = index + 1
            if day == nil {
                while forward < tokens.count, case .symbol(let s) = tokens[forward], s == "." || s == "," {
                    forward += 1
                }
                if forward < tokens.count, case .number(let value, let digits) = tokens[forward],
                    digits <= 2,
                    (1...31).contains(value)
                {
                    day = value
                    forward += 1
                }
            }
            guard let day else { continue }
            // The year: the first four-digit number after the month.
            var yearIndex = forward
            var year: Int?
            while yearIndex < tokens.count && yearIndex <= forward + 4 {
                if case .number(let value, 4) = tokens[yearIndex] {
                    year = value
                    break
                }
                yearIndex += 1
            }
            if year == nil {
                // Year first, as Hungarian and Lithuanian write it: "2018. november 22.".
                var yearBack = index - 1
                while yearBack >= max(0, index - 3) {
                    if case .number(let value, 4) = tokens[yearBack] {
                        year = value
                        break
                    }
                    yearBack -= 1
                }
            }
            guard let year else { continue }
            var time: String?
            if let (clock, next) = clockTime(tokens, from: yearIndex + 1),
                let zone = zone(tokens, from: next)
            {
                time = "T" + clock + zone
            }
            return Found(year: year, month: month, day: day, time: time)
        }
        return nil
    }
}

extension DateNormalizer {
    /// Year, month and day marked by their CJK unit characters: "2018年11月22日" (Chinese, Japanese) and
    /// "2018년 11월 22일" (Korean).
    private static func cjkDate(_ tokens: [DateToken]) -> Found? {
        guard tokens.count >= 5 else { return nil }
        for start in 0...(tokens.count - 5) {
            guard case .number(let year, 4) = tokens[start], case .word(let y) = tokens[start + 1],
                y == "年" || y == "년",
                case .number(let month, _) = tokens[start + 2], case .word(let m) = tokens[start + 3],
                m == "月" || m == "월",
                case .number(let day, _) = tokens[start + 4]
            else { continue }
            return Found(year: year, month: month, day: day)
        }
        return nil
    }
}

/// One token of a date string: a run of digits, a run of letters (lower-cased), or one punctuation mark.
enum DateToken: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case symbol(Character)

    static func tokenize(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var digits = ""
        var letters = ""
        func flush() {
            if !digits.isEmpty {
                // Long digit runs (timestamps, ids) are kept as 0 with their length so they match nothing.
                tokens.append(.number(digits.count <= 9 ? Int(digits) ?? 0 : 0, digits: digits.count))
                digits = ""
            }
            if !letters.isEmpty {
                tokens.append(.word(letters.lowercased()))
                letters = ""
            }
        }
        for character in text {
            if character.isASCII && character.isNumber {
                if !letters.isEmpty { flush() }
                digits.append(character)
            } else if character.isLetter {
                if !digits.isEmpty { flush() }
                letters.append(character)
            } else {
                flush()
                if !character.isWhitespace { tokens.append(.symbol(character)) }
            }
            if tokens.count > 64 { break }
        }
        flush()
        return tokens
    }
}
