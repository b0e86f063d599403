import Model
import Testing

/// Which language a process speaks: `--lang` first, then `LC_ALL`, `LC_MESSAGES`, `LANG`; Vietnamese
/// when nothing says otherwise.
@Suite("Language")
struct LanguageTests {
    @Test("the command line and the environment", arguments: [
        (["validate", "x.json", "--lang", "en"], [String: String](), Language.en, true),
        (["--lang=vi"], ["LANG": "en_US.UTF-8"], .vi, true),
        (["--lang=en"], [:], .en, true),
        (["--lang", "vi_VN"], ["LC_ALL": "en_US.UTF-8"], .vi, true),
        ([], ["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"], .vi, false),       // LC_ALL over LANG
        ([], ["LC_ALL": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"], .en, false),
        ([], ["LC_MESSAGES": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"], .en, false),  // LC_MESSAGES over LANG
        ([], ["LC_ALL": "", "LANG": "en_US.UTF-8"], .en, false),                  // an empty variable says nothing
        ([], ["LANG": "en_US.UTF-8"], .en, false),
        ([], ["LANG": "C.UTF-8"], .vi, false),
        ([], ["LANG": "POSIX"], .vi, false),
        ([], [:], .vi, false),
        (["--", "--lang", "en"], [:], .vi, false),                                // after `--`, an argument like any other
        (["--lang", "fr"], ["LANG": "en_US.UTF-8"], .en, false),                  // not a language: the environment decides
        (["--lang"], [:], .vi, false),
    ])
    func detect(_ arguments: [String], _ environment: [String: String], _ language: Language, _ explicit: Bool) {
        let detected = Language.detect(arguments: arguments, environment: environment)
        #expect(detected.language == language && detected.explicit == explicit, "\(arguments) \(environment): \(detected)")
    }

    @Test("language codes, with or without a region, in any case")
    func codes() {
        #expect(Language(code: "vi") == .vi && Language(code: "vi_VN") == .vi && Language(code: "vi-VN.UTF-8") == .vi)
        #expect(Language(code: "en") == .en && Language(code: "EN-us") == .en && Language(code: "en_US.UTF-8") == .en)
        #expect(Language(code: "fr") == nil && Language(code: "") == nil && Language(code: "C") == nil)
        #expect(Catalogue(.en).language == .en && Catalogue.vietnamese.language == .vi)
    }
}
