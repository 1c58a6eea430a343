/// Well-known organisations with their canonical names and acronyms, and the last words that make a
/// capitalised phrase the name of an organisation ("Ministry", "Party", "Council"). Written for brief.
enum Organizations {
    /// Lower-case name or acronym → canonical name.
    static let known: WordTable<String> = WordList.table("""
    nato=NATO|north atlantic treaty organization=NATO|kremlin=Kremlin|pentagon=Pentagon|white house=White House
    european union=European Union|eu=European Union|e.u.=European Union|united nations=United Nations
    un=United Nations|u.n.=United Nations|european commission=European Commission|eu commission=European Commission
    congress=Congress|senate=Senate|house of representatives=House of Representatives|house of commons=House of Commons|fbi=FBI|cia=CIA|nsa=NSA|imf=IMF
    world bank=World Bank|opec=OPEC|g7=G7|g20=G20|brics=BRICS|osce=OSCE|asean=ASEAN|hamas=Hamas|hezbollah=Hezbollah
    taliban=Taliban|isis=ISIS|al qaeda=Al Qaeda|gop=Republican Party|rnc=Republican National Committee
    dnc=Democratic National Committee|reuters=Reuters|ap=Associated Press|associated press=Associated Press
    afp=AFP|bbc=BBC|cnn=CNN|fox news=Fox News|msnbc=MSNBC|nbc=NBC|cbs=CBS|abc=ABC|npr=NPR|tass=TASS
    ria novosti=RIA Novosti|interfax=Interfax|xinhua=Xinhua|bundestag=Bundestag|duma=Duma|elysee=Élysée
    supreme court=Supreme Court|state department=State Department|foreign office=Foreign Office
    apple=Apple|google=Google|facebook=Facebook|twitter=Twitter|amazon=Amazon|microsoft=Microsoft|samsung=Samsung
    netflix=Netflix|uber=Uber|tesla=Tesla|spacex=SpaceX|youtube=YouTube|instagram=Instagram|alphabet=Alphabet
    rcmp=RCMP|cbc=CBC|ctv=CTV|nhs=NHS|nafta=NAFTA|wto=WTO|ecb=European Central Bank
    politico=Politico|realclearpolitics=RealClearPolitics|goldman sachs=Goldman Sachs|wells fargo=Wells Fargo
    """)

    /// Last words that make a capitalised phrase an organisation.
    static let headWords = WordList.set("""
    ministry ministries department office agency commission committee council union party parliament \
    assembly congress senate court army navy forces force guard police service services bureau authority \
    administration government cabinet bank fund institute institution foundation university college school \
    association federation league alliance coalition organization organisation corporation corp. corp inc. inc \
    company co. group holdings airlines airways network news times post journal herald tribune gazette \
    magazine press media channel television radio telegraph guardian daily weekly review monitor \
    society club team board center centre commission campaign movement front brigade battalion \
    regiment division command staff secretariat embassy consulate mission council chamber \
    motors airlines aircraft airplanes aerospace systems technologies industries electronics computer \
    computers llc corps store stores labs laboratories entertainment pictures records studios partners \
    capital securities insurance automotive pharmaceuticals petroleum energy communications exchange \
    ltd ltd. plc ag gmbh sa s.a. nv n.v. spa bv ab asa oyj
    """)

    /// The canonical organisation for a lower-case name or acronym, or nil.
    static func canonical(_ lower: String) -> String? { known[lower] }
}
