"""Polish draft translations of the trust's words, keyed by English. Awaiting review."""

STRINGS = {
    "Together we seek to:": "Wspólnie staramy się:",
    (
        "Develop positive contributors to the wider community who are confident, caring, well "
        "rounded, responsible citizens with high self-esteem and a sense of responsibility to "
        "their community and the wider world"
    ): (
        "Kształtować osoby wnoszące pozytywny wkład w szerszą społeczność, które są pewnymi "
        "siebie, troskliwymi, wszechstronnymi i odpowiedzialnymi obywatelami o wysokim poczuciu "
        "własnej wartości i z poczuciem odpowiedzialności za swoją społeczność i szerszy świat"
    ),
    (
        "Celebrate the diversity of our members, our community, and the wider world, promoting "
        "flexibility, enjoyment, a love of learning and community cohesion"
    ): (
        "Celebrować różnorodność naszych członków, naszej społeczności i szerszego świata, "
        "promując elastyczność, radość, zamiłowanie do nauki i spójność społeczności"
    ),
    (
        "Encourage enterprising, responsible risk taking attitudes whereby skills, knowledge and "
        "learning are applied in a diversity of settings"
    ): (
        "Zachęcać do przedsiębiorczych postaw i odpowiedzialnego podejmowania ryzyka, dzięki "
        "którym umiejętności, wiedza i to, czego się nauczono, znajdują zastosowanie w "
        "różnorodnych sytuacjach"
    ),
    (
        "Collaborate through open dialogue to develop our outward facing organisations in a way "
        "which is supportive of our family of schools"
    ): (
        "Współpracować w drodze otwartego dialogu, aby rozwijać nasze otwarte na otoczenie "
        "organizacje w sposób, który wspiera naszą rodzinę szkół"
    ),
    "The key aims of our Trust are:": "Główne cele naszego Trustu to:",
    (
        "The advancement of education for the benefit of the public, in particular for the benefit "
        "of the Schools and academies of the Trust, and any other school or educational "
        "organisations for whom it acts as a Charitable Foundation or with whom it works in "
        "partnership or collaboration, whether formally or not"
    ): (
        "Rozwój edukacji z korzyścią dla ogółu społeczeństwa, w szczególności z korzyścią dla "
        "szkół i akademii Trustu oraz wszelkich innych szkół lub organizacji edukacyjnych, dla "
        "których Trust działa jako fundacja charytatywna lub z którymi współpracuje w ramach "
        "partnerstwa lub współdziałania, formalnie lub nieformalnie"
    ),
    (
        "To deliver and further enhance high educational standards and raise children’s and young "
        "people’s aspirations and achievements"
    ): (
        "Zapewniać i dalej podnosić wysokie standardy edukacyjne oraz podnosić aspiracje i "
        "osiągnięcia dzieci i młodzieży"
    ),
    (
        "To strengthen collaboration and contribute to community cohesion by delivering improved "
        "services and creating an environment in which children, young people and the diverse "
        "community have access to wide ranging opportunities promoting British Values"
    ): (
        "Wzmacniać współpracę i przyczyniać się do spójności społeczności poprzez świadczenie "
        "lepszych usług i tworzenie środowiska, w którym dzieci, młodzież i zróżnicowana "
        "społeczność mają dostęp do szerokiego wachlarza możliwości promujących wartości "
        "brytyjskie (British Values)"
    ),
    "To promote and apply shared cooperative values and principles": (
        "Promować i stosować wspólne wartości i zasady spółdzielcze"
    ),
    (
        "To support partner businesses and community organisations’ involvement in promoting "
        "community cohesion and education to raise standards and aspirations"
    ): (
        "Wspierać zaangażowanie firm partnerskich i organizacji społecznych w promowanie spójności "
        "społeczności i edukacji, aby podnosić standardy i aspiracje"
    ),
    (
        "To develop mutually beneficial links between schools, education and community service "
        "providers, partner businesses and community organisations"
    ): (
        "Rozwijać wzajemnie korzystne powiązania między szkołami, podmiotami świadczącymi usługi "
        "edukacyjne i społeczne, firmami partnerskimi i organizacjami społecznymi"
    ),
    (
        "To support and collaborate with the partner schools, academies, education and community "
        "service providers and their Governing Bodies in the achievement of their aims, vision and "
        "values"
    ): (
        "Wspierać szkoły partnerskie, akademie, podmioty świadczące usługi edukacyjne i społeczne "
        "oraz ich organy zarządzające (Governing Bodies) i współpracować z nimi w realizacji ich "
        "celów, wizji i wartości"
    ),
    "Vision for staff": "Wizja dla pracowników",
    "Vision for children and learners": "Wizja dla dzieci i uczących się",
    "Vision for our families and the local community": (
        "Wizja dla naszych rodzin i społeczności lokalnej"
    ),
    "Vision for partners": "Wizja dla partnerów",
    "The History Of Southampton Co-operative Learning Trust": (
        "Historia Southampton Co-operative Learning Trust"
    ),
    (
        "The Trust came into being in 2011. It was based on the Regent’s Park ‘cluster’, i.e. "
        "Regent’s Park Secondary and the primary schools that fed into it. As a foundation trust – "
        "not an academy trust – its schools continued to be financed through the local authority, "
        "but the land and buildings were transferred from the local authority to the Trust. Mutual "
        "ownership of the properties helped to tie the schools together, and also to protect them "
        "from forced academisation – something that was looking very likely at the time, and is "
        "still a possibility."
    ): (
        "Trust powstał w 2011 roku. Jego podstawą była „grupa” szkół Regent’s Park, tj. Regent’s "
        "Park Secondary i szkoły podstawowe, z których uczniowie do niej przechodzili. Jako trust "
        "fundacyjny (foundation trust) – a nie trust akademii (academy trust) – jego szkoły nadal "
        "były finansowane za pośrednictwem władz lokalnych, ale grunty i budynki zostały "
        "przekazane przez władze lokalne Trustowi. Wspólna własność nieruchomości pomogła związać "
        "szkoły ze sobą, a także chronić je przed przymusowym przekształceniem w akademie – co w "
        "tamtym czasie wydawało się bardzo prawdopodobne i nadal jest możliwe."
    ),
    (
        "At first it was called the Regent’s Park Learning Trust and its members were Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and "
        "Nursery. Freemantle Primary and St Mark’s Primary could not join formally because the "
        "Church of England owned their land, however they became partners the following year. The "
        "Polygon School joined the Trust as full members in 2016. In that same year, the name was "
        "changed to the Southampton Cooperative Learning Trust, to reflect our wider identity. "
        "Banister Infant and Nursery became a primary school in 2002, and more recently St Mark’s "
        "Primary has been rebuilt as an all-through 3-16 school."
    ): (
        "Początkowo nazywał się Regent’s Park Learning Trust, a jego członkami były Regent’s Park, "
        "Foundry Lane Primary, Banister Infant and Nursery oraz St John’s Primary and Nursery. "
        "Freemantle Primary i St Mark’s Primary nie mogły przystąpić formalnie, ponieważ ich "
        "grunty należały do Kościoła Anglii, jednak w następnym roku zostały partnerami. The "
        "Polygon School przystąpiła do Trustu jako pełnoprawny członek w 2016 roku. W tym samym "
        "roku nazwę zmieniono na Southampton Cooperative Learning Trust, aby odzwierciedlała naszą "
        "szerszą tożsamość. Banister Infant and Nursery stała się szkołą podstawową w 2002 roku, a "
        "niedawno St Mark’s Primary została przebudowana i stała się szkołą obejmującą wszystkie "
        "etapy nauki (all-through), dla uczniów w wieku 3-16 lat."
    ),
    (
        "We have always sought to build partnerships with other organisations in the wider "
        "community. Over the last 11 years our formal and informal partners have included:"
    ): (
        "Zawsze staraliśmy się budować partnerstwa z innymi organizacjami w szerszej społeczności. "
        "W ciągu ostatnich 11 lat naszymi formalnymi i nieformalnymi partnerami byli między innymi:"
    ),
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge. We are beginning to build links with these, based on our shared belief "
        "that through cooperation we can create a better future for our children and communities."
    ): (
        "Od 2011 roku w Southampton powstały trzy kolejne spółdzielcze trusty szkół: Aspire, Reach "
        "i Bridge. Zaczynamy budować z nimi więzi w oparciu o nasze wspólne przekonanie, że dzięki "
        "współpracy możemy stworzyć lepszą przyszłość dla naszych dzieci i społeczności."
    ),
    (
        "The Southampton Co-operative Learning Trust has a shared identity through our commitment "
        "to safe and secure environments which strengthen and sustain high standards and "
        "achievement for the communities we serve."
    ): (
        "Southampton Co-operative Learning Trust ma wspólną tożsamość dzięki naszemu zaangażowaniu "
        "w zapewnianie bezpiecznych i chronionych środowisk, które wzmacniają i podtrzymują "
        "wysokie standardy i osiągnięcia w społecznościach, którym służymy."
    ),
    "Total Coverage": "Total Coverage",
    "Total Coverage, a design co-operative": "Total Coverage, spółdzielnia projektowa",
    "The WEA": "The WEA",
    "The WEA – Workers Educational Association – our most long-running partnership": (
        "The WEA – Workers Educational Association (Robotnicze Stowarzyszenie Oświatowe) – nasze "
        "najdłużej trwające partnerstwo"
    ),
    "Solent EBP": "Solent EBP",
    "Solent EBP (Enterprise Business Partners)": (
        "Solent EBP (Enterprise Business Partners – partnerzy ze świata biznesu)"
    ),
    "No Limits": "No Limits",
    "No Limits (Southampton Charity for Young People)": (
        "No Limits (organizacja charytatywna z Southampton działająca na rzecz młodzieży)"
    ),
    "Solent University": "Solent University",
    "Southampton University": "Southampton University",
    "Southampton University (School-University Partnership)": (
        "Southampton University (partnerstwo szkół z uniwersytetem)"
    ),
    (
        "Southampton Co-operative Learning Trust has established long-term sustainable "
        "partnerships with other local settings in order to support and deliver outstanding "
        "localised, coordinated, provision for children and young people aged 3-18 years and the "
        "wider community."
    ): (
        "Southampton Co-operative Learning Trust nawiązał długoterminowe, trwałe partnerstwa z "
        "innymi lokalnymi placówkami, aby wspierać i zapewniać znakomitą, lokalną i skoordynowaną "
        "ofertę dla dzieci i młodzieży w wieku 3-18 lat oraz dla szerszej społeczności."
    ),
    "Regent’s Park": "Regent’s Park",
    (
        "At first it was called the Regent’s Park Learning Trust and its members were Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and Nursery."
    ): (
        "Początkowo nazywał się Regent’s Park Learning Trust, a jego członkami były Regent’s Park, "
        "Foundry Lane Primary, Banister Infant and Nursery oraz St John’s Primary and Nursery."
    ),
    "Foundry Lane Primary": "Foundry Lane Primary",
    "Banister": "Banister",
    "Banister Infant and Nursery became a primary school in 2002.": (
        "Banister Infant and Nursery stała się szkołą podstawową w 2002 roku."
    ),
    "St John’s Primary and Nursery": "St John’s Primary and Nursery",
    "The Polygon School": "The Polygon School",
    "The Polygon School joined the Trust as full members in 2016.": (
        "The Polygon School przystąpiła do Trustu jako pełnoprawny członek w 2016 roku."
    ),
    "Freemantle Primary": "Freemantle Primary",
    (
        "Freemantle Primary and St Mark’s Primary could not join formally because the Church of "
        "England owned their land, however they became partners the following year."
    ): (
        "Freemantle Primary i St Mark’s Primary nie mogły przystąpić formalnie, ponieważ ich "
        "grunty należały do Kościoła Anglii, jednak w następnym roku zostały partnerami."
    ),
    "St Mark’s": "St Mark’s",
    "St Mark’s Primary has been rebuilt as an all-through 3-16 school.": (
        "St Mark’s Primary została przebudowana i stała się szkołą obejmującą wszystkie etapy "
        "nauki (all-through), dla uczniów w wieku 3-16 lat."
    ),
    "Aspire": "Aspire",
    "Reach": "Reach",
    "Bridge": "Bridge",
    "2002": "2002",
    "2011": "2011",
    "The Trust came into being in 2011.": "Trust powstał w 2011 roku.",
    "2012": "2012",
    "2016": "2016",
    (
        "In that same year, the name was changed to the Southampton Cooperative Learning Trust, to "
        "reflect our wider identity."
    ): (
        "W tym samym roku nazwę zmieniono na Southampton Cooperative Learning Trust, aby "
        "odzwierciedlała naszą szerszą tożsamość."
    ),
    "More recently": "Niedawno",
    "Since 2011": "Od 2011 roku",
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge."
    ): (
        "Od 2011 roku w Southampton powstały trzy kolejne spółdzielcze trusty szkół: Aspire, Reach "
        "i Bridge."
    ),
    "Southampton Co-operative Learning Trust": "Southampton Co-operative Learning Trust",
    "Aspirations": "Aspiracje",
    "Creating an umbrella to challenge underachievement and disengagement to raise aspirations": (
        "Tworzenie „parasola”, aby przeciwdziałać osiąganiu wyników poniżej możliwości i brakowi "
        "zaangażowania oraz podnosić aspiracje"
    ),
    "Promoting an ‘I can do’ mentality in a changing technological world": (
        "Promowanie postawy „dam radę” w zmieniającym się świecie technologii"
    ),
    (
        "Providing opportunities academically and socially for all children to enjoy and achieve "
        "their potential"
    ): (
        "Zapewnianie wszystkim dzieciom możliwości w nauce i w życiu społecznym, aby mogły czerpać "
        "z nich radość i osiągać to, na co je stać"
    ),
    "Developing children’s understanding and experience of lifelong learning": (
        "Rozwijanie u dzieci rozumienia i doświadczenia uczenia się przez całe życie"
    ),
    "Creative, relevant, shared curriculum and resourcing": (
        "Kreatywny, adekwatny, wspólny program nauczania i zasoby"
    ),
    "Belonging to a larger community.": "Przynależność do większej społeczności.",
    "Curriculum Enrichment": "Wzbogacanie programu nauczania",
    "Embedding elements of collaborative and co-operative learning into the curriculum": (
        "Włączanie do programu nauczania elementów uczenia się we współpracy i uczenia się "
        "kooperatywnego"
    ),
    "Supporting all children to have equal access to the latest ICT/ Learning Technology": (
        "Wspieranie wszystkich dzieci, aby miały równy dostęp do najnowszych technologii "
        "informacyjno-komunikacyjnych (ICT) / technologii edukacyjnych"
    ),
    "Deepened understanding about work opportunities + areas + skills": (
        "Pogłębione rozumienie możliwości pracy + dziedzin + umiejętności"
    ),
    (
        "Enriching learning opportunities through the development of partnerships and the "
        "involvement of partners in the curriculum"
    ): (
        "Wzbogacanie możliwości uczenia się poprzez rozwijanie partnerstw i angażowanie partnerów "
        "w program nauczania"
    ),
    "Sharing staff expertise across the trust schools and partners": (
        "Dzielenie się wiedzą fachową pracowników między szkołami Trustu i partnerami"
    ),
    (
        "Providing the widest possible range of opportunities for the trust through schools and "
        "partners"
    ): "Zapewnianie jak najszerszego wachlarza możliwości dla Trustu poprzez szkoły i partnerów",
    "Regular programme of sports competitions": "Regularny program zawodów sportowych",
    (
        "Regular programme of other curriculum based competitions e.g. art, chess, science and "
        "engineering"
    ): (
        "Regularny program innych konkursów związanych z programem nauczania, np. z plastyki, "
        "szachów, nauk przyrodniczych i inżynierii"
    ),
    "Experiences/ development of workforce skills": (
        "Doświadczenia / rozwój umiejętności zawodowych"
    ),
    "Development of work experience": "Rozwój praktyk zawodowych",
    (
        "Develop a group approach to achieving ‘good practice’ awards e.g. Eco schools, Healthy "
        "Schools, International Awards etc"
    ): (
        "Wypracować wspólne podejście do zdobywania nagród za „dobre praktyki”, np. Eco schools, "
        "Healthy Schools, International Awards itp."
    ),
    "Shared learning experiences/ projects for all learners (stakeholder groups)": (
        "Wspólne doświadczenia edukacyjne / projekty dla wszystkich uczących się (grup "
        "interesariuszy)"
    ),
    "Rewarding the achievements of all learners including adults": (
        "Nagradzanie osiągnięć wszystkich uczących się, w tym dorosłych"
    ),
    "Effective skilled and positive Citizenship programmes": (
        "Skuteczne, profesjonalnie prowadzone i pozytywne programy wychowania obywatelskiego"
    ),
    "Financial": "Finanse",
    "Co-ordinating 'funding opportunities' to widen 'learning opportunities'.": (
        "Koordynowanie „możliwości finansowania”, aby poszerzać „możliwości uczenia się”."
    ),
    "Support": "Wsparcie",
    (
        "Provide parent education to help parents and carers to have the skills and knowledge to "
        "support their children’s learning in school and at home (Tailored to meet needs of our "
        "community supported by partners)"
    ): (
        "Zapewniać edukację dla rodziców, aby pomóc rodzicom i opiekunom zdobyć umiejętności i "
        "wiedzę potrzebne do wspierania nauki ich dzieci w szkole i w domu (dostosowaną do potrzeb "
        "naszej społeczności, przy wsparciu partnerów)"
    ),
    "Support pupil wellbeing through access to partner advice and resources": (
        "Wspierać dobrostan uczniów poprzez dostęp do porad i zasobów partnerów"
    ),
    "Membership benefits for all learners and children.": (
        "Korzyści z członkostwa dla wszystkich uczących się i dzieci."
    ),
    "Information": "Informacje",
    (
        "Share data to identify shared intervention and resources needed to raise attainment and "
        "progress"
    ): (
        "Dzielić się danymi, aby określać wspólne działania interwencyjne i zasoby potrzebne do "
        "poprawy wyników i postępów w nauce"
    ),
    "Develop learning for life": "Rozwijać uczenie się na całe życie",
    "Strong school - parental relationships": "Silne relacje między szkołą a rodzicami",
    "Share a common understanding – investors in education and their child’s future": (
        "Wspólne rozumienie – inwestorzy w edukację i w przyszłość swojego dziecka"
    ),
    (
        "Positive influential voice harnessed to impact on learning e.g. PTA’s, Governors,  "
        "Stakeholders Forum, Trustees etc"
    ): (
        "Pozytywny i wpływowy głos wykorzystywany, by oddziaływać na naukę, np. PTA "
        "(stowarzyszenia rodziców i nauczycieli), członkowie rad szkół (Governors), Forum "
        "Interesariuszy, członkowie zarządu Trustu (Trustees) itp."
    ),
    "Facilitation of the provision of support services": "Ułatwianie świadczenia usług wsparcia",
    "Strong community links to aid ‘at risk’ families to achieve positive outcomes": (
        "Silne więzi ze społecznością, aby pomagać rodzinom „w grupie ryzyka” w osiąganiu "
        "pozytywnych rezultatów"
    ),
    "Develop a culture of high attendance and high value of education": (
        "Rozwijać kulturę wysokiej frekwencji i wysokiego cenienia edukacji"
    ),
    "Diversity and commonality are celebrated": "Celebrujemy różnorodność i to, co wspólne",
    (
        "Draw on the skills and celebrate the diversity of our community through international "
        "week celebrations"
    ): (
        "Korzystać z umiejętności i celebrować różnorodność naszej społeczności poprzez obchody "
        "tygodnia międzynarodowego"
    ),
    "Identify membership and other benefits to reduce financial pressures on parents and carers": (
        "Określać korzyści z członkostwa i inne korzyści, aby zmniejszać obciążenia finansowe "
        "rodziców i opiekunów"
    ),
    "Access to a wide variety of low cost training, social and health activities": (
        "Dostęp do szerokiej gamy niedrogich szkoleń oraz zajęć towarzyskich i zdrowotnych"
    ),
    "Access to health and well being resources to avoid crisis": (
        "Dostęp do zasobów dotyczących zdrowia i dobrostanu, aby zapobiegać sytuacjom kryzysowym"
    ),
    "Promote high self esteem/ self worth through communication": (
        "Wzmacniać wysoką samoocenę / poczucie własnej wartości poprzez komunikację"
    ),
    (
        "Trustwide ‘one stop shop’ to facilitate parental enquiries e.g. health, welfare, housing, "
        "legal and financial"
    ): (
        "Punkt kompleksowej obsługi („one stop shop”) dla całego Trustu, ułatwiający rodzicom "
        "uzyskanie odpowiedzi na pytania, np. w sprawach zdrowotnych, socjalnych, mieszkaniowych, "
        "prawnych i finansowych"
    ),
    (
        "Consolidate and develop current trust partnerships for the mutual benefit of the Trust "
        "and trust partners"
    ): (
        "Umacniać i rozwijać obecne partnerstwa Trustu z wzajemną korzyścią dla Trustu i jego "
        "partnerów"
    ),
    (
        "Identify and develop new trust partnerships to fulfil the vision and meet the aims of the "
        "Trust"
    ): "Znajdować i rozwijać nowe partnerstwa Trustu, aby realizować wizję i osiągać cele Trustu",
    "Pedagogy": "Pedagogika",
    (
        "To develop a shared understanding of the pedagogy for the learning journey from EYFS to "
        "KS4 and beyond"
    ): (
        "Wypracować wspólne rozumienie pedagogiki na całej drodze edukacyjnej – od EYFS (etap "
        "wczesnej edukacji, do 5 lat) do KS4 (4. etap kluczowy, wiek 14-16 lat) i dalej"
    ),
    "Staffing": "Kadra",
    "Linked staffing structures to support teachers pedagogy and practice": (
        "Powiązane struktury kadrowe wspierające pedagogikę i praktykę nauczycieli"
    ),
    (
        "Cross school leadership work to solve specific issues – using leadership expertise in the "
        "trust. Greater leadership experience and skill set including leadership expertise of "
        "partners"
    ): (
        "Współpraca kadry kierowniczej różnych szkół przy rozwiązywaniu konkretnych problemów – z "
        "wykorzystaniem wiedzy i doświadczenia kierowniczego w Truście. Większe doświadczenie "
        "kierownicze i szerszy zakres umiejętności, w tym wiedza i doświadczenie kierownicze "
        "partnerów"
    ),
    "Mental Health and Wellbeing Support": "Wsparcie w zakresie zdrowia psychicznego i dobrostanu",
    "Identified network of support for staff members": "Wyznaczona sieć wsparcia dla pracowników",
    "Professional Development": "Rozwój zawodowy",
    "Staff supporting each other across the Trust to achieve outcomes": (
        "Pracownicy w całym Truście wspierają się nawzajem w osiąganiu wyników"
    ),
    "Shared training across the trust – internal/ external/ national": (
        "Wspólne szkolenia w całym Truście – wewnętrzne / zewnętrzne / krajowe"
    ),
    "National and International experience opportunities including cooperative links": (
        "Możliwości zdobywania doświadczenia w kraju i za granicą, w tym poprzez kontakty ze "
        "spółdzielniami"
    ),
    "Coaching network across the schools": "Sieć coachingu obejmująca szkoły",
    "Shared learning projects working with partners": (
        "Wspólne projekty edukacyjne realizowane z partnerami"
    ),
    "Expertise in staffing identified across the Trust and used for development": (
        "Wiedza fachowa pracowników rozpoznana w całym Truście i wykorzystywana do rozwoju"
    ),
    "Development opportunities without having to leave the Trust.": (
        "Możliwości rozwoju bez konieczności odchodzenia z Trustu."
    ),
    "Resources - Networks in place": "Zasoby - istniejące sieci",
    "Curriculum support groups": "Grupy wsparcia w zakresie programu nauczania",
    "Behaviour support and provision": "Wsparcie i pomoc w zakresie zachowania",
    "EAL shared support": "Wspólne wsparcie EAL (angielski jako język dodatkowy)",
    (
        "Networks – develop networks with a wider perspective/ set of skills to offer support and "
        "development from outside of the City"
    ): (
        "Sieci – rozwijać sieci o szerszej perspektywie / szerszym zakresie umiejętności, aby "
        "oferować wsparcie i rozwój spoza miasta"
    ),
    "Continguency and succession planning – using resources within the Trust.": (
        "Planowanie awaryjne i planowanie następstwa na stanowiskach – z wykorzystaniem zasobów w "
        "ramach Trustu."
    ),
    "History": "Historia",
    "Schools": "Szkoły",
    "Partners": "Partnerzy",
    "Aims": "Cele",
    "Vision": "Wizja",
    "Vision updates": "Aktualności dotyczące wizji",
    "Accessibility statement": "Deklaracja dostępności",
    "Privacy notice": "Informacja o prywatności",
}
