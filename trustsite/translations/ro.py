"""Romanian draft translations of the trust's words, keyed by English. Awaiting review."""

STRINGS = {
    "Together we seek to:": "Împreună ne propunem:",
    (
        "Develop positive contributors to the wider community who are confident, caring, well "
        "rounded, responsible citizens with high self-esteem and a sense of responsibility to "
        "their community and the wider world"
    ): (
        "Să formăm oameni care contribuie pozitiv la comunitatea mai largă și care sunt cetățeni "
        "încrezători, grijulii, echilibrați și responsabili, cu o stimă de sine ridicată și cu "
        "simțul responsabilității față de comunitatea lor și de lumea largă"
    ),
    (
        "Celebrate the diversity of our members, our community, and the wider world, promoting "
        "flexibility, enjoyment, a love of learning and community cohesion"
    ): (
        "Să celebrăm diversitatea membrilor noștri, a comunității noastre și a lumii largi, "
        "promovând flexibilitatea, bucuria, dragostea de a învăța și coeziunea comunității"
    ),
    (
        "Encourage enterprising, responsible risk taking attitudes whereby skills, knowledge and "
        "learning are applied in a diversity of settings"
    ): (
        "Să încurajăm atitudini întreprinzătoare și asumarea responsabilă a riscurilor, prin care "
        "abilitățile, cunoștințele și ceea ce s-a învățat sunt aplicate într-o diversitate de "
        "situații"
    ),
    (
        "Collaborate through open dialogue to develop our outward facing organisations in a way "
        "which is supportive of our family of schools"
    ): (
        "Să colaborăm printr-un dialog deschis pentru a dezvolta organizațiile noastre deschise "
        "spre exterior, într-un mod care sprijină familia noastră de școli"
    ),
    "The key aims of our Trust are:": "Obiectivele principale ale Trustului nostru sunt:",
    (
        "The advancement of education for the benefit of the public, in particular for the benefit "
        "of the Schools and academies of the Trust, and any other school or educational "
        "organisations for whom it acts as a Charitable Foundation or with whom it works in "
        "partnership or collaboration, whether formally or not"
    ): (
        "Promovarea educației în beneficiul publicului, în special în beneficiul școlilor și "
        "academiilor Trustului și al oricăror alte școli sau organizații educaționale pentru care "
        "acționează ca fundație caritabilă sau cu care lucrează în parteneriat sau colaborare, "
        "formal sau nu"
    ),
    (
        "To deliver and further enhance high educational standards and raise children’s and young "
        "people’s aspirations and achievements"
    ): (
        "Să asigure și să îmbunătățească în continuare standarde educaționale înalte și să crească "
        "aspirațiile și rezultatele copiilor și tinerilor"
    ),
    (
        "To strengthen collaboration and contribute to community cohesion by delivering improved "
        "services and creating an environment in which children, young people and the diverse "
        "community have access to wide ranging opportunities promoting British Values"
    ): (
        "Să consolideze colaborarea și să contribuie la coeziunea comunității prin oferirea unor "
        "servicii îmbunătățite și crearea unui mediu în care copiii, tinerii și comunitatea "
        "diversă au acces la o gamă largă de oportunități care promovează valorile britanice "
        "(British Values)"
    ),
    "To promote and apply shared cooperative values and principles": (
        "Să promoveze și să aplice valori și principii cooperatiste comune"
    ),
    (
        "To support partner businesses and community organisations’ involvement in promoting "
        "community cohesion and education to raise standards and aspirations"
    ): (
        "Să sprijine implicarea firmelor partenere și a organizațiilor comunitare în promovarea "
        "coeziunii comunității și a educației, pentru a ridica standardele și aspirațiile"
    ),
    (
        "To develop mutually beneficial links between schools, education and community service "
        "providers, partner businesses and community organisations"
    ): (
        "Să dezvolte legături reciproc avantajoase între școli, furnizori de servicii educaționale "
        "și comunitare, firme partenere și organizații comunitare"
    ),
    (
        "To support and collaborate with the partner schools, academies, education and community "
        "service providers and their Governing Bodies in the achievement of their aims, vision and "
        "values"
    ): (
        "Să sprijine școlile partenere, academiile, furnizorii de servicii educaționale și "
        "comunitare și consiliile lor de conducere (Governing Bodies) și să colaboreze cu acestea "
        "pentru atingerea obiectivelor, viziunii și valorilor lor"
    ),
    "Vision for staff": "Viziunea pentru personal",
    "Vision for children and learners": "Viziunea pentru copii și cursanți",
    "Vision for our families and the local community": (
        "Viziunea pentru familiile noastre și comunitatea locală"
    ),
    "Vision for partners": "Viziunea pentru parteneri",
    "The History Of Southampton Co-operative Learning Trust": (
        "Istoria Southampton Co-operative Learning Trust"
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
        "Trustul a luat ființă în 2011. La baza lui a stat „grupul” de școli Regent’s Park, adică "
        "Regent’s Park Secondary și școlile primare ai căror elevi treceau la ea. Fiind un trust "
        "de tip fundație (foundation trust) – nu un trust de academii (academy trust) – școlile "
        "sale au continuat să fie finanțate prin autoritatea locală, dar terenurile și clădirile "
        "au fost transferate de la autoritatea locală la Trust. Proprietatea comună asupra acestor "
        "bunuri a ajutat la unirea școlilor și, totodată, la protejarea lor de transformarea "
        "forțată în academii – lucru care părea foarte probabil la acea vreme și care este încă "
        "posibil."
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
        "La început s-a numit Regent’s Park Learning Trust, iar membrii săi erau Regent’s Park, "
        "Foundry Lane Primary, Banister Infant and Nursery și St John’s Primary and Nursery. "
        "Freemantle Primary și St Mark’s Primary nu au putut adera în mod oficial, deoarece "
        "terenul lor era în proprietatea Bisericii Angliei, însă au devenit parteneri în anul "
        "următor. The Polygon School s-a alăturat Trustului ca membru cu drepturi depline în 2016. "
        "În același an, numele a fost schimbat în Southampton Cooperative Learning Trust, pentru a "
        "reflecta identitatea noastră mai largă. Banister Infant and Nursery a devenit școală "
        "primară în 2002, iar mai recent St Mark’s Primary a fost reconstruită ca școală care "
        "cuprinde toate ciclurile de învățământ (all-through), pentru vârste de 3-16 ani."
    ),
    (
        "We have always sought to build partnerships with other organisations in the wider "
        "community. Over the last 11 years our formal and informal partners have included:"
    ): (
        "Am căutat întotdeauna să construim parteneriate cu alte organizații din comunitatea mai "
        "largă. În ultimii 11 ani, printre partenerii noștri formali și informali s-au numărat:"
    ),
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge. We are beginning to build links with these, based on our shared belief "
        "that through cooperation we can create a better future for our children and communities."
    ): (
        "Din 2011, în Southampton s-au format încă trei trusturi cooperative de școli: Aspire, "
        "Reach și Bridge. Începem să construim legături cu acestea, pornind de la convingerea "
        "noastră comună că prin cooperare putem crea un viitor mai bun pentru copiii și "
        "comunitățile noastre."
    ),
    (
        "The Southampton Co-operative Learning Trust has a shared identity through our commitment "
        "to safe and secure environments which strengthen and sustain high standards and "
        "achievement for the communities we serve."
    ): (
        "Southampton Co-operative Learning Trust are o identitate comună prin angajamentul nostru "
        "față de medii sigure și protejate, care consolidează și susțin standarde și rezultate "
        "înalte pentru comunitățile pe care le servim."
    ),
    "Total Coverage": "Total Coverage",
    "Total Coverage, a design co-operative": "Total Coverage, o cooperativă de design",
    "The WEA": "The WEA",
    "The WEA – Workers Educational Association – our most long-running partnership": (
        "The WEA – Workers Educational Association (Asociația pentru Educația Muncitorilor) – cel "
        "mai vechi parteneriat al nostru"
    ),
    "Solent EBP": "Solent EBP",
    "Solent EBP (Enterprise Business Partners)": (
        "Solent EBP (Enterprise Business Partners – parteneri din mediul de afaceri)"
    ),
    "No Limits": "No Limits",
    "No Limits (Southampton Charity for Young People)": (
        "No Limits (organizație caritabilă din Southampton pentru tineri)"
    ),
    "Solent University": "Solent University",
    "Southampton University": "Southampton University",
    "Southampton University (School-University Partnership)": (
        "Southampton University (parteneriat școală-universitate)"
    ),
    (
        "Southampton Co-operative Learning Trust has established long-term sustainable "
        "partnerships with other local settings in order to support and deliver outstanding "
        "localised, coordinated, provision for children and young people aged 3-18 years and the "
        "wider community."
    ): (
        "Southampton Co-operative Learning Trust a stabilit parteneriate durabile, pe termen lung, "
        "cu alte instituții locale, pentru a sprijini și a oferi servicii excelente, adaptate la "
        "nivel local și coordonate, pentru copii și tineri cu vârste de 3-18 ani și pentru "
        "comunitatea mai largă."
    ),
    "Regent’s Park": "Regent’s Park",
    (
        "At first it was called the Regent’s Park Learning Trust and its members were Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and Nursery."
    ): (
        "La început s-a numit Regent’s Park Learning Trust, iar membrii săi erau Regent’s Park, "
        "Foundry Lane Primary, Banister Infant and Nursery și St John’s Primary and Nursery."
    ),
    "Foundry Lane Primary": "Foundry Lane Primary",
    "Banister": "Banister",
    "Banister Infant and Nursery became a primary school in 2002.": (
        "Banister Infant and Nursery a devenit școală primară în 2002."
    ),
    "St John’s Primary and Nursery": "St John’s Primary and Nursery",
    "The Polygon School": "The Polygon School",
    "The Polygon School joined the Trust as full members in 2016.": (
        "The Polygon School s-a alăturat Trustului ca membru cu drepturi depline în 2016."
    ),
    "Freemantle Primary": "Freemantle Primary",
    (
        "Freemantle Primary and St Mark’s Primary could not join formally because the Church of "
        "England owned their land, however they became partners the following year."
    ): (
        "Freemantle Primary și St Mark’s Primary nu au putut adera în mod oficial, deoarece "
        "terenul lor era în proprietatea Bisericii Angliei, însă au devenit parteneri în anul "
        "următor."
    ),
    "St Mark’s": "St Mark’s",
    "St Mark’s Primary has been rebuilt as an all-through 3-16 school.": (
        "St Mark’s Primary a fost reconstruită ca școală care cuprinde toate ciclurile de "
        "învățământ (all-through), pentru vârste de 3-16 ani."
    ),
    "Aspire": "Aspire",
    "Reach": "Reach",
    "Bridge": "Bridge",
    "2002": "2002",
    "2011": "2011",
    "The Trust came into being in 2011.": "Trustul a luat ființă în 2011.",
    "2012": "2012",
    "2016": "2016",
    (
        "In that same year, the name was changed to the Southampton Cooperative Learning Trust, to "
        "reflect our wider identity."
    ): (
        "În același an, numele a fost schimbat în Southampton Cooperative Learning Trust, pentru a "
        "reflecta identitatea noastră mai largă."
    ),
    "More recently": "Mai recent",
    "Since 2011": "Din 2011",
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge."
    ): (
        "Din 2011, în Southampton s-au format încă trei trusturi cooperative de școli: Aspire, "
        "Reach și Bridge."
    ),
    "Southampton Co-operative Learning Trust": "Southampton Co-operative Learning Trust",
    "Aspirations": "Aspirații",
    "Creating an umbrella to challenge underachievement and disengagement to raise aspirations": (
        "Crearea unei „umbrele” pentru a combate rezultatele sub potențial și lipsa de implicare, "
        "pentru a crește aspirațiile"
    ),
    "Promoting an ‘I can do’ mentality in a changing technological world": (
        "Promovarea unei mentalități de tipul „Pot să fac” într-o lume tehnologică în schimbare"
    ),
    (
        "Providing opportunities academically and socially for all children to enjoy and achieve "
        "their potential"
    ): (
        "Oferirea de oportunități, pe plan școlar și social, pentru ca toți copiii să se bucure de "
        "învățare și să își atingă potențialul"
    ),
    "Developing children’s understanding and experience of lifelong learning": (
        "Dezvoltarea înțelegerii și experienței copiilor privind învățarea pe tot parcursul vieții"
    ),
    "Creative, relevant, shared curriculum and resourcing": (
        "Curriculum și resurse creative, relevante și comune"
    ),
    "Belonging to a larger community.": "Apartenența la o comunitate mai mare.",
    "Curriculum Enrichment": "Îmbogățirea curriculumului",
    "Embedding elements of collaborative and co-operative learning into the curriculum": (
        "Integrarea în curriculum a unor elemente de învățare prin colaborare și de învățare "
        "cooperativă"
    ),
    "Supporting all children to have equal access to the latest ICT/ Learning Technology": (
        "Sprijinirea tuturor copiilor pentru a avea acces egal la cele mai noi tehnologii ale "
        "informației și comunicațiilor (ICT) / tehnologii de învățare"
    ),
    "Deepened understanding about work opportunities + areas + skills": (
        "O înțelegere mai profundă a oportunităților de muncă + domeniilor + competențelor"
    ),
    (
        "Enriching learning opportunities through the development of partnerships and the "
        "involvement of partners in the curriculum"
    ): (
        "Îmbogățirea oportunităților de învățare prin dezvoltarea parteneriatelor și implicarea "
        "partenerilor în curriculum"
    ),
    "Sharing staff expertise across the trust schools and partners": (
        "Împărtășirea expertizei personalului între școlile Trustului și parteneri"
    ),
    (
        "Providing the widest possible range of opportunities for the trust through schools and "
        "partners"
    ): (
        "Oferirea celei mai largi game posibile de oportunități pentru Trust, prin școli și "
        "parteneri"
    ),
    "Regular programme of sports competitions": "Program regulat de competiții sportive",
    (
        "Regular programme of other curriculum based competitions e.g. art, chess, science and "
        "engineering"
    ): (
        "Program regulat de alte concursuri legate de curriculum, de ex. artă, șah, științe și "
        "inginerie"
    ),
    "Experiences/ development of workforce skills": (
        "Experiențe / dezvoltarea competențelor profesionale"
    ),
    "Development of work experience": "Dezvoltarea stagiilor de practică (work experience)",
    (
        "Develop a group approach to achieving ‘good practice’ awards e.g. Eco schools, Healthy "
        "Schools, International Awards etc"
    ): (
        "Dezvoltarea unei abordări comune pentru obținerea premiilor de „bune practici”, de ex. "
        "Eco schools, Healthy Schools, International Awards etc."
    ),
    "Shared learning experiences/ projects for all learners (stakeholder groups)": (
        "Experiențe / proiecte de învățare comune pentru toți cursanții (grupurile de părți "
        "interesate)"
    ),
    "Rewarding the achievements of all learners including adults": (
        "Recompensarea rezultatelor tuturor cursanților, inclusiv ale adulților"
    ),
    "Effective skilled and positive Citizenship programmes": (
        "Programe de educație civică eficiente, competente și pozitive"
    ),
    "Financial": "Financiar",
    "Co-ordinating 'funding opportunities' to widen 'learning opportunities'.": (
        "Coordonarea „oportunităților de finanțare” pentru a lărgi „oportunitățile de învățare”."
    ),
    "Support": "Sprijin",
    (
        "Provide parent education to help parents and carers to have the skills and knowledge to "
        "support their children’s learning in school and at home (Tailored to meet needs of our "
        "community supported by partners)"
    ): (
        "Oferirea de educație pentru părinți, pentru a-i ajuta pe părinți și pe îngrijitori să "
        "aibă abilitățile și cunoștințele necesare pentru a sprijini învățarea copiilor lor la "
        "școală și acasă (adaptată nevoilor comunității noastre, cu sprijinul partenerilor)"
    ),
    "Support pupil wellbeing through access to partner advice and resources": (
        "Sprijinirea stării de bine a elevilor prin acces la sfaturile și resursele partenerilor"
    ),
    "Membership benefits for all learners and children.": (
        "Beneficii de membru pentru toți cursanții și copiii."
    ),
    "Information": "Informații",
    (
        "Share data to identify shared intervention and resources needed to raise attainment and "
        "progress"
    ): (
        "Împărtășirea datelor pentru a identifica intervențiile și resursele comune necesare "
        "pentru îmbunătățirea rezultatelor și a progresului"
    ),
    "Develop learning for life": "Dezvoltarea învățării pentru viață",
    "Strong school - parental relationships": "Relații puternice între școală și părinți",
    "Share a common understanding – investors in education and their child’s future": (
        "O înțelegere comună – investitori în educație și în viitorul copilului lor"
    ),
    (
        "Positive influential voice harnessed to impact on learning e.g. PTA’s, Governors,  "
        "Stakeholders Forum, Trustees etc"
    ): (
        "O voce pozitivă și influentă, folosită pentru a avea un impact asupra învățării, de ex. "
        "PTA (asociațiile de părinți și profesori), membrii consiliilor școlare (Governors), "
        "Forumul părților interesate, membrii conducerii Trustului (Trustees) etc."
    ),
    "Facilitation of the provision of support services": (
        "Facilitarea furnizării serviciilor de sprijin"
    ),
    "Strong community links to aid ‘at risk’ families to achieve positive outcomes": (
        "Legături puternice cu comunitatea pentru a ajuta familiile „aflate în situație de risc” "
        "să obțină rezultate pozitive"
    ),
    "Develop a culture of high attendance and high value of education": (
        "Dezvoltarea unei culturi a prezenței ridicate la școală și a prețuirii educației"
    ),
    "Diversity and commonality are celebrated": (
        "Diversitatea și ceea ce avem în comun sunt celebrate"
    ),
    (
        "Draw on the skills and celebrate the diversity of our community through international "
        "week celebrations"
    ): (
        "Valorificarea abilităților și celebrarea diversității comunității noastre prin "
        "sărbătorile din săptămâna internațională"
    ),
    "Identify membership and other benefits to reduce financial pressures on parents and carers": (
        "Identificarea beneficiilor de membru și a altor beneficii pentru a reduce presiunile "
        "financiare asupra părinților și îngrijitorilor"
    ),
    "Access to a wide variety of low cost training, social and health activities": (
        "Acces la o mare varietate de cursuri de formare, activități sociale și de sănătate cu "
        "costuri reduse"
    ),
    "Access to health and well being resources to avoid crisis": (
        "Acces la resurse pentru sănătate și stare de bine, pentru a evita situațiile de criză"
    ),
    "Promote high self esteem/ self worth through communication": (
        "Promovarea unei stime de sine ridicate / a sentimentului propriei valori prin comunicare"
    ),
    (
        "Trustwide ‘one stop shop’ to facilitate parental enquiries e.g. health, welfare, housing, "
        "legal and financial"
    ): (
        "Un „ghișeu unic” (one stop shop) la nivelul întregului Trust, pentru a facilita "
        "întrebările părinților, de ex. despre sănătate, asistență socială, locuință, probleme "
        "juridice și financiare"
    ),
    (
        "Consolidate and develop current trust partnerships for the mutual benefit of the Trust "
        "and trust partners"
    ): (
        "Consolidarea și dezvoltarea parteneriatelor actuale ale Trustului, în beneficiul reciproc "
        "al Trustului și al partenerilor săi"
    ),
    (
        "Identify and develop new trust partnerships to fulfil the vision and meet the aims of the "
        "Trust"
    ): (
        "Identificarea și dezvoltarea unor noi parteneriate ale Trustului, pentru a realiza "
        "viziunea și a atinge obiectivele Trustului"
    ),
    "Pedagogy": "Pedagogie",
    (
        "To develop a shared understanding of the pedagogy for the learning journey from EYFS to "
        "KS4 and beyond"
    ): (
        "Să dezvoltăm o înțelegere comună a pedagogiei pe tot parcursul învățării, de la EYFS "
        "(etapa timpurie, până la 5 ani) până la KS4 (etapa-cheie 4, vârste de 14-16 ani) și mai "
        "departe"
    ),
    "Staffing": "Personal",
    "Linked staffing structures to support teachers pedagogy and practice": (
        "Structuri de personal interconectate care să sprijine pedagogia și practica profesorilor"
    ),
    (
        "Cross school leadership work to solve specific issues – using leadership expertise in the "
        "trust. Greater leadership experience and skill set including leadership expertise of "
        "partners"
    ): (
        "Colaborare între conducerile școlilor pentru rezolvarea unor probleme specifice – "
        "folosind expertiza de conducere din cadrul Trustului. Experiență de conducere și "
        "competențe mai ample, inclusiv expertiza de conducere a partenerilor"
    ),
    "Mental Health and Wellbeing Support": "Sprijin pentru sănătatea mintală și starea de bine",
    "Identified network of support for staff members": (
        "O rețea de sprijin stabilită pentru membrii personalului"
    ),
    "Professional Development": "Dezvoltare profesională",
    "Staff supporting each other across the Trust to achieve outcomes": (
        "Personalul din tot Trustul se sprijină reciproc pentru a obține rezultate"
    ),
    "Shared training across the trust – internal/ external/ national": (
        "Formare comună în tot Trustul – internă / externă / națională"
    ),
    "National and International experience opportunities including cooperative links": (
        "Oportunități de experiență la nivel național și internațional, inclusiv prin legături cu "
        "mișcarea cooperatistă"
    ),
    "Coaching network across the schools": "Rețea de coaching între școli",
    "Shared learning projects working with partners": (
        "Proiecte comune de învățare realizate împreună cu partenerii"
    ),
    "Expertise in staffing identified across the Trust and used for development": (
        "Expertiza personalului identificată în tot Trustul și folosită pentru dezvoltare"
    ),
    "Development opportunities without having to leave the Trust.": (
        "Oportunități de dezvoltare fără a fi nevoie să părăsești Trustul."
    ),
    "Resources - Networks in place": "Resurse - rețele existente",
    "Curriculum support groups": "Grupuri de sprijin pentru curriculum",
    "Behaviour support and provision": "Sprijin și servicii privind comportamentul",
    "EAL shared support": "Sprijin comun EAL (engleza ca limbă suplimentară)",
    (
        "Networks – develop networks with a wider perspective/ set of skills to offer support and "
        "development from outside of the City"
    ): (
        "Rețele – dezvoltarea unor rețele cu o perspectivă / un set de competențe mai larg, pentru "
        "a oferi sprijin și dezvoltare din afara orașului"
    ),
    "Continguency and succession planning – using resources within the Trust.": (
        "Planificarea pentru situații neprevăzute și a succesiunii în funcții – folosind resursele "
        "din cadrul Trustului."
    ),
    "History": "Istoric",
    "Schools": "Școli",
    "Partners": "Parteneri",
    "Aims": "Obiective",
    "Vision": "Viziune",
    "Vision updates": "Noutăți despre viziune",
    "Accessibility statement": "Declarație de accesibilitate",
    "Privacy notice": "Informare privind confidențialitatea",
}
