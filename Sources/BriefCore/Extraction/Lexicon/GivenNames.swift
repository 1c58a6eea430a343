/// Common given names with their usual gender: evidence that a capitalised pair is a person's name,
/// and the gender a "he" or "she" must agree with. Written for brief from general knowledge of
/// frequent English, European, Slavic, Arabic and other given names; a name missing here is still
/// recognised by the other rules. The census names of ``CensusGivenNames`` are added to these.
enum GivenNames {
    /// Usually male given names (lower case), hand-written and from the census.
    static let male = WordSet(Array(handMale) + census(CensusGivenNames.male).filter { !handFemale.contains($0) })

    /// Usually female given names (lower case), hand-written and from the census.
    static let female = WordSet(Array(handFemale) + census(CensusGivenNames.female).filter { !handMale.contains($0) })

    /// Hand-written usually male given names (lower case). A name the census finds given to both
    /// (Jan, Dana) is in neither hand list: its gender stays unknown.
    static let handMale = WordList.set("""
    aaron adam alan albert alex alexander alexei alexey ali andrew andy angus anthony antonio arnold arthur \
    barack ben benjamin bernie bill billy bob bobby boris brad brian bruce carl carlos charles charlie chris \
    christopher chuck clarence colin craig dan daniel danny dave david dennis dick dmitry dmitri don donald \
    doug douglas duncan dwight ed eddie edward elon emmanuel eric ernest evan francis francisco frank \
    franklin fred frederick friedrich gary george gerald gordon greg gregory hamid harold harry hassan henry \
    herbert howard hugh hunter ian igor ivan jack jacob james jared jason jean jeb jeff jeffrey jeremy jerry \
    jim jimmy joe joel john johnny jon jonathan jordan jose joseph josh joshua juan julian justin keith ken \
    kenneth kevin lawrence leon leonard lindsey louis luis marco marcus mario mark martin matt \
    matthew max michael mike mitch mitt mohammed mohammad muhammad nathan neil nicholas nick nicolas \
    noah norman olaf oliver omar oscar pablo patrick paul pedro pete peter phil philip pierre rafael ralph \
    rand randy ray raymond reince richard rick robert roger ron ronald roy rudy rupert russell ryan sam \
    samuel scott sean sebastian sebastien sergei sergey stanley stephen steve steven stuart ted terry thomas \
    tim timothy todd tom tony vincent viktor vladimir volodymyr walter wayne william willie xavier yuri \
    zach olaf recep benjamin narendra emmanuel rishi keir justin jens mark-rutte sergio mateusz andrzej \
    kevin hakeem chuck marco rand rick ben jeb lindsey newt herman ross bobby scott martin jim lincoln \
    tomas tomasz piotr pavel jens lars nils sven karl hans klaus jurgen stefan andrei mikhail nikolai \
    ahmed mustafa yusuf ibrahim khalid abdul hussein ali reza kofi kwame juan miguel diego alejandro
    """)

    /// Hand-written usually female given names (lower case).
    static let handFemale = WordList.set("""
    alice amanda amy andrea angela ann anna anne annalena barbara betsy betty beth carly caroline carol \
    catherine charlotte cheryl christine claire claudia cynthia debbie deborah diana diane donna \
    elizabeth ellen emily emma eva frances giorgia gloria hannah heather helen hillary ivanka jane janet \
    jennifer jessica jill joan joanna joni judith julia julie karen kate katherine kathleen kathy kelly \
    kamala kristen laura lauren linda lisa liz louise lucy margaret maria marie marine martha mary megan \
    melania melissa michelle monica nancy natalie nicola nikki olga pamela patricia paula rachel rebecca \
    rosa ruth sally samantha sandra sarah sharon shirley sophie stephanie susan suzanne teresa theresa \
    tulsi ursula valerie victoria virginia wendy yulia zoe kaja kristi nadia irina svetlana tatiana \
    elena ekaterina ana ines sylvie ilse greta ingrid astrid helga nora lena anita fatima aisha \
    leila yasmin mei ying sofia lucia carmen isabel marta
    """)

    /// Whether `lower` is a listed given name.
    static func contains(_ lower: String) -> Bool { all.contains(lower) }

    /// Every listed given name: one look-up instead of two.
    static let all = WordSet(Array(male) + Array(female) + census(CensusGivenNames.unisex))

    /// The census names of `text` that no other lexicon claims: not a country, place, organisation,
    /// title or word that is never a name.
    static func census(_ text: String) -> [String] {
        WordList.set(text).filter { word in
            Countries.canonical(word) == nil && Countries.ofDemonym(word) == nil && !Places.contains(word)
                && Organizations.canonical(word) == nil && !Titles.isRoleWord(word) && !Titles.honorifics.contains(word)
                && !CommonWords.neverName.contains(word)
        }
    }
}
