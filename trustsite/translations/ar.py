"""Arabic draft translations of the trust's words, keyed by English. Awaiting review."""

STRINGS = {
    "Together we seek to:": "نسعى معًا إلى:",
    (
        "Develop positive contributors to the wider community who are confident, caring, well "
        "rounded, responsible citizens with high self-esteem and a sense of responsibility to "
        "their community and the wider world"
    ): (
        "تنشئة أفراد يسهمون إسهامًا إيجابيًا في المجتمع الأوسع، مواطنين واثقين بأنفسهم، يهتمون "
        "بالآخرين، متكاملي الشخصية، مسؤولين، يتمتعون بتقدير عالٍ للذات وبالشعور بالمسؤولية تجاه "
        "مجتمعهم والعالم الأوسع"
    ),
    (
        "Celebrate the diversity of our members, our community, and the wider world, promoting "
        "flexibility, enjoyment, a love of learning and community cohesion"
    ): (
        "الاحتفاء بتنوع أعضائنا ومجتمعنا والعالم الأوسع، مع تعزيز المرونة والاستمتاع وحب التعلم "
        "والتماسك المجتمعي"
    ),
    (
        "Encourage enterprising, responsible risk taking attitudes whereby skills, knowledge and "
        "learning are applied in a diversity of settings"
    ): (
        "تشجيع روح المبادرة والاستعداد لخوض المخاطر بمسؤولية، بحيث تُطبَّق المهارات والمعارف وما تم "
        "تعلمه في بيئات متنوعة"
    ),
    (
        "Collaborate through open dialogue to develop our outward facing organisations in a way "
        "which is supportive of our family of schools"
    ): (
        "التعاون من خلال الحوار المفتوح لتطوير مؤسساتنا المنفتحة على محيطها بطريقة تدعم أسرة "
        "مدارسنا"
    ),
    "The key aims of our Trust are:": "الأهداف الرئيسية لمؤسستنا هي:",
    (
        "The advancement of education for the benefit of the public, in particular for the benefit "
        "of the Schools and academies of the Trust, and any other school or educational "
        "organisations for whom it acts as a Charitable Foundation or with whom it works in "
        "partnership or collaboration, whether formally or not"
    ): (
        "النهوض بالتعليم لما فيه مصلحة عامة الناس، ولا سيما مصلحة مدارس المؤسسة وأكاديمياتها، وأي "
        "مدرسة أو منظمات تعليمية أخرى تعمل المؤسسة لصالحها بصفتها مؤسسة خيرية أو تعمل معها في "
        "شراكة أو تعاون، سواء بشكل رسمي أو غير رسمي"
    ),
    (
        "To deliver and further enhance high educational standards and raise children’s and young "
        "people’s aspirations and achievements"
    ): "تحقيق معايير تعليمية عالية ومواصلة الارتقاء بها، ورفع طموحات الأطفال والشباب وإنجازاتهم",
    (
        "To strengthen collaboration and contribute to community cohesion by delivering improved "
        "services and creating an environment in which children, young people and the diverse "
        "community have access to wide ranging opportunities promoting British Values"
    ): (
        "تعزيز التعاون والإسهام في التماسك المجتمعي من خلال تقديم خدمات أفضل وتهيئة بيئة يحصل فيها "
        "الأطفال والشباب والمجتمع المتنوع على فرص واسعة ومتنوعة تعزز القيم البريطانية (British "
        "Values)"
    ),
    "To promote and apply shared cooperative values and principles": (
        "تعزيز القيم والمبادئ التعاونية المشتركة وتطبيقها"
    ),
    (
        "To support partner businesses and community organisations’ involvement in promoting "
        "community cohesion and education to raise standards and aspirations"
    ): (
        "دعم مشاركة الشركات الشريكة والمنظمات المجتمعية في تعزيز التماسك المجتمعي والتعليم من أجل "
        "رفع المعايير والطموحات"
    ),
    (
        "To develop mutually beneficial links between schools, education and community service "
        "providers, partner businesses and community organisations"
    ): (
        "تطوير روابط ذات منفعة متبادلة بين المدارس ومقدمي خدمات التعليم والخدمات المجتمعية "
        "والشركات الشريكة والمنظمات المجتمعية"
    ),
    (
        "To support and collaborate with the partner schools, academies, education and community "
        "service providers and their Governing Bodies in the achievement of their aims, vision and "
        "values"
    ): (
        "دعم المدارس الشريكة والأكاديميات ومقدمي خدمات التعليم والخدمات المجتمعية ومجالس إدارتها "
        "(Governing Bodies) والتعاون معها في تحقيق أهدافها ورؤيتها وقيمها"
    ),
    "Vision for staff": "الرؤية الخاصة بالعاملين",
    "Vision for children and learners": "الرؤية الخاصة بالأطفال والمتعلمين",
    "Vision for our families and the local community": "الرؤية الخاصة بأسرنا والمجتمع المحلي",
    "Vision for partners": "الرؤية الخاصة بالشركاء",
    "The History Of Southampton Co-operative Learning Trust": (
        "تاريخ Southampton Co-operative Learning Trust"
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
        "تأسست المؤسسة عام 2011. وقامت على أساس «مجموعة» مدارس Regent’s Park، أي مدرسة Regent’s "
        "Park Secondary والمدارس الابتدائية التي ينتقل تلاميذها إليها. وبما أنها مؤسسة تأسيسية "
        "(foundation trust) – وليست مؤسسة أكاديميات (academy trust) – فقد استمر تمويل مدارسها عن "
        "طريق السلطة المحلية، لكن الأراضي والمباني نُقلت من السلطة المحلية إلى المؤسسة. وقد ساعدت "
        "الملكية المشتركة لهذه العقارات على ربط المدارس بعضها ببعض، وكذلك على حمايتها من التحويل "
        "القسري إلى أكاديميات – وهو أمر كان يبدو مرجحًا جدًا في ذلك الوقت، ولا يزال احتمالًا قائمًا."
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
        "في البداية كان اسمها Regent’s Park Learning Trust، وكان أعضاؤها: Regent’s Park، و Foundry "
        "Lane Primary، و Banister Infant and Nursery، و St John’s Primary and Nursery. ولم تتمكن "
        "Freemantle Primary و St Mark’s Primary من الانضمام رسميًا لأن أراضيهما كانت مملوكة لكنيسة "
        "إنجلترا، إلا أنهما أصبحتا شريكتين في العام التالي. وانضمت The Polygon School إلى المؤسسة "
        "بعضوية كاملة عام 2016. وفي العام نفسه، تغيّر الاسم إلى Southampton Cooperative Learning "
        "Trust ليعكس هويتنا الأوسع. وأصبحت Banister Infant and Nursery مدرسة ابتدائية عام 2002، "
        "ومؤخرًا أُعيد بناء St Mark’s Primary لتصبح مدرسة تشمل جميع المراحل الدراسية (all-through) "
        "للأعمار 3-16."
    ),
    (
        "We have always sought to build partnerships with other organisations in the wider "
        "community. Over the last 11 years our formal and informal partners have included:"
    ): (
        "لقد سعينا دائمًا إلى بناء شراكات مع منظمات أخرى في المجتمع الأوسع. وخلال السنوات الـ11 "
        "الماضية، كان من بين شركائنا الرسميين وغير الرسميين:"
    ),
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge. We are beginning to build links with these, based on our shared belief "
        "that through cooperation we can create a better future for our children and communities."
    ): (
        "منذ عام 2011 تأسست في ساوثهامبتون ثلاث مؤسسات تعاونية أخرى للمدارس: Aspire و Reach و "
        "Bridge. ونحن نبدأ في بناء روابط معها، انطلاقًا من إيماننا المشترك بأننا نستطيع من خلال "
        "التعاون أن نصنع مستقبلًا أفضل لأطفالنا ومجتمعاتنا."
    ),
    (
        "The Southampton Co-operative Learning Trust has a shared identity through our commitment "
        "to safe and secure environments which strengthen and sustain high standards and "
        "achievement for the communities we serve."
    ): (
        "لدى Southampton Co-operative Learning Trust هوية مشتركة من خلال التزامنا بتوفير بيئات "
        "آمنة ومستقرة تعزز المعايير والإنجازات العالية وتحافظ عليها لصالح المجتمعات التي نخدمها."
    ),
    "Total Coverage": "Total Coverage",
    "Total Coverage, a design co-operative": "Total Coverage، تعاونية للتصميم",
    "The WEA": "The WEA",
    "The WEA – Workers Educational Association – our most long-running partnership": (
        "The WEA – Workers Educational Association (جمعية تعليم العمال) – أطول شراكاتنا عمرًا"
    ),
    "Solent EBP": "Solent EBP",
    "Solent EBP (Enterprise Business Partners)": (
        "Solent EBP (Enterprise Business Partners – شركاء من عالم الأعمال)"
    ),
    "No Limits": "No Limits",
    "No Limits (Southampton Charity for Young People)": (
        "No Limits (مؤسسة خيرية للشباب في ساوثهامبتون)"
    ),
    "Solent University": "Solent University",
    "Southampton University": "Southampton University",
    "Southampton University (School-University Partnership)": (
        "Southampton University (شراكة بين المدارس والجامعة)"
    ),
    (
        "Southampton Co-operative Learning Trust has established long-term sustainable "
        "partnerships with other local settings in order to support and deliver outstanding "
        "localised, coordinated, provision for children and young people aged 3-18 years and the "
        "wider community."
    ): (
        "أقامت Southampton Co-operative Learning Trust شراكات مستدامة طويلة الأمد مع جهات محلية "
        "أخرى، من أجل دعم وتقديم خدمات متميزة ومحلية ومنسقة للأطفال والشباب في سن 3-18 سنة "
        "وللمجتمع الأوسع."
    ),
    "Regent’s Park": "Regent’s Park",
    (
        "At first it was called the Regent’s Park Learning Trust and its members were Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and Nursery."
    ): (
        "في البداية كان اسمها Regent’s Park Learning Trust، وكان أعضاؤها: Regent’s Park، و Foundry "
        "Lane Primary، و Banister Infant and Nursery، و St John’s Primary and Nursery."
    ),
    "Foundry Lane Primary": "Foundry Lane Primary",
    "Banister": "Banister",
    "Banister Infant and Nursery became a primary school in 2002.": (
        "أصبحت Banister Infant and Nursery مدرسة ابتدائية عام 2002."
    ),
    "St John’s Primary and Nursery": "St John’s Primary and Nursery",
    "The Polygon School": "The Polygon School",
    "The Polygon School joined the Trust as full members in 2016.": (
        "انضمت The Polygon School إلى المؤسسة بعضوية كاملة عام 2016."
    ),
    "Freemantle Primary": "Freemantle Primary",
    (
        "Freemantle Primary and St Mark’s Primary could not join formally because the Church of "
        "England owned their land, however they became partners the following year."
    ): (
        "لم تتمكن Freemantle Primary و St Mark’s Primary من الانضمام رسميًا لأن أراضيهما كانت "
        "مملوكة لكنيسة إنجلترا، إلا أنهما أصبحتا شريكتين في العام التالي."
    ),
    "St Mark’s": "St Mark’s",
    "St Mark’s Primary has been rebuilt as an all-through 3-16 school.": (
        "أُعيد بناء St Mark’s Primary لتصبح مدرسة تشمل جميع المراحل الدراسية (all-through) للأعمار "
        "3-16."
    ),
    "Aspire": "Aspire",
    "Reach": "Reach",
    "Bridge": "Bridge",
    "2002": "2002",
    "2011": "2011",
    "The Trust came into being in 2011.": "تأسست المؤسسة عام 2011.",
    "2012": "2012",
    "2016": "2016",
    (
        "In that same year, the name was changed to the Southampton Cooperative Learning Trust, to "
        "reflect our wider identity."
    ): "في العام نفسه، تغيّر الاسم إلى Southampton Cooperative Learning Trust ليعكس هويتنا الأوسع.",
    "More recently": "مؤخرًا",
    "Since 2011": "منذ عام 2011",
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge."
    ): (
        "منذ عام 2011 تأسست في ساوثهامبتون ثلاث مؤسسات تعاونية أخرى للمدارس: Aspire و Reach و "
        "Bridge."
    ),
    "Southampton Co-operative Learning Trust": "Southampton Co-operative Learning Trust",
    "Aspirations": "الطموحات",
    "Creating an umbrella to challenge underachievement and disengagement to raise aspirations": (
        "إيجاد مظلة لمواجهة التحصيل دون مستوى القدرات وضعف الانخراط في التعلم، من أجل رفع الطموحات"
    ),
    "Promoting an ‘I can do’ mentality in a changing technological world": (
        "تعزيز عقلية «أستطيع» في عالم تكنولوجي متغير"
    ),
    (
        "Providing opportunities academically and socially for all children to enjoy and achieve "
        "their potential"
    ): "توفير الفرص أكاديميًا واجتماعيًا لجميع الأطفال ليستمتعوا ويحققوا إمكاناتهم",
    "Developing children’s understanding and experience of lifelong learning": (
        "تنمية فهم الأطفال للتعلم مدى الحياة وتجربتهم له"
    ),
    "Creative, relevant, shared curriculum and resourcing": (
        "منهج دراسي وموارد مبتكرة وملائمة ومشتركة"
    ),
    "Belonging to a larger community.": "الانتماء إلى مجتمع أكبر.",
    "Curriculum Enrichment": "إثراء المنهج الدراسي",
    "Embedding elements of collaborative and co-operative learning into the curriculum": (
        "إدماج عناصر التعلم التشاركي والتعاوني في المنهج الدراسي"
    ),
    "Supporting all children to have equal access to the latest ICT/ Learning Technology": (
        "دعم جميع الأطفال للحصول على فرص متساوية في استخدام أحدث تقنيات المعلومات والاتصالات (ICT) "
        "/ تكنولوجيا التعلم"
    ),
    "Deepened understanding about work opportunities + areas + skills": (
        "فهم أعمق لفرص العمل + مجالاته + مهاراته"
    ),
    (
        "Enriching learning opportunities through the development of partnerships and the "
        "involvement of partners in the curriculum"
    ): "إثراء فرص التعلم من خلال تطوير الشراكات وإشراك الشركاء في المنهج الدراسي",
    "Sharing staff expertise across the trust schools and partners": (
        "تبادل خبرات العاملين بين مدارس المؤسسة وشركائها"
    ),
    (
        "Providing the widest possible range of opportunities for the trust through schools and "
        "partners"
    ): "توفير أوسع مجموعة ممكنة من الفرص للمؤسسة من خلال المدارس والشركاء",
    "Regular programme of sports competitions": "برنامج منتظم من المسابقات الرياضية",
    (
        "Regular programme of other curriculum based competitions e.g. art, chess, science and "
        "engineering"
    ): "برنامج منتظم من مسابقات أخرى مرتبطة بالمنهج الدراسي، مثل الفن والشطرنج والعلوم والهندسة",
    "Experiences/ development of workforce skills": "خبرات / تنمية مهارات العمل",
    "Development of work experience": "تطوير برامج الخبرة العملية",
    (
        "Develop a group approach to achieving ‘good practice’ awards e.g. Eco schools, Healthy "
        "Schools, International Awards etc"
    ): (
        "تطوير نهج جماعي للحصول على جوائز «الممارسات الجيدة»، مثل Eco schools و Healthy Schools و "
        "International Awards وغيرها"
    ),
    "Shared learning experiences/ projects for all learners (stakeholder groups)": (
        "تجارب / مشاريع تعلم مشتركة لجميع المتعلمين (مجموعات أصحاب المصلحة)"
    ),
    "Rewarding the achievements of all learners including adults": (
        "مكافأة إنجازات جميع المتعلمين، بمن فيهم البالغون"
    ),
    "Effective skilled and positive Citizenship programmes": (
        "برامج فعالة ومتقنة وإيجابية للتربية على المواطنة"
    ),
    "Financial": "الجانب المالي",
    "Co-ordinating 'funding opportunities' to widen 'learning opportunities'.": (
        "تنسيق «فرص التمويل» لتوسيع «فرص التعلم»."
    ),
    "Support": "الدعم",
    (
        "Provide parent education to help parents and carers to have the skills and knowledge to "
        "support their children’s learning in school and at home (Tailored to meet needs of our "
        "community supported by partners)"
    ): (
        "توفير برامج تثقيفية لأولياء الأمور لمساعدة الوالدين ومقدمي الرعاية على امتلاك المهارات "
        "والمعارف اللازمة لدعم تعلم أطفالهم في المدرسة والمنزل (مصممة لتلبية احتياجات مجتمعنا، "
        "وبدعم من الشركاء)"
    ),
    "Support pupil wellbeing through access to partner advice and resources": (
        "دعم رفاه التلاميذ من خلال إتاحة الوصول إلى نصائح الشركاء ومواردهم"
    ),
    "Membership benefits for all learners and children.": "مزايا العضوية لجميع المتعلمين والأطفال.",
    "Information": "المعلومات",
    (
        "Share data to identify shared intervention and resources needed to raise attainment and "
        "progress"
    ): "تبادل البيانات لتحديد التدخلات والموارد المشتركة اللازمة لرفع مستوى التحصيل والتقدم",
    "Develop learning for life": "تنمية التعلم من أجل الحياة",
    "Strong school - parental relationships": "علاقات قوية بين المدرسة وأولياء الأمور",
    "Share a common understanding – investors in education and their child’s future": (
        "فهم مشترك – مستثمرون في التعليم وفي مستقبل طفلهم"
    ),
    (
        "Positive influential voice harnessed to impact on learning e.g. PTA’s, Governors,  "
        "Stakeholders Forum, Trustees etc"
    ): (
        "صوت إيجابي مؤثر يُستثمر للتأثير في التعلم، مثل PTA (جمعيات أولياء الأمور والمعلمين)، "
        "وأعضاء مجالس إدارة المدارس (Governors)، ومنتدى أصحاب المصلحة، وأمناء المؤسسة (Trustees)، "
        "وغيرها"
    ),
    "Facilitation of the provision of support services": "تيسير تقديم خدمات الدعم",
    "Strong community links to aid ‘at risk’ families to achieve positive outcomes": (
        "روابط مجتمعية قوية لمساعدة الأسر «المعرضة للخطر» على تحقيق نتائج إيجابية"
    ),
    "Develop a culture of high attendance and high value of education": (
        "تنمية ثقافة المواظبة العالية على الحضور والتقدير العالي للتعليم"
    ),
    "Diversity and commonality are celebrated": "الاحتفاء بالتنوع وبالقواسم المشتركة",
    (
        "Draw on the skills and celebrate the diversity of our community through international "
        "week celebrations"
    ): "الاستفادة من مهارات مجتمعنا والاحتفاء بتنوعه من خلال احتفالات الأسبوع الدولي",
    "Identify membership and other benefits to reduce financial pressures on parents and carers": (
        "تحديد مزايا العضوية وغيرها من المزايا لتخفيف الضغوط المالية على أولياء الأمور ومقدمي "
        "الرعاية"
    ),
    "Access to a wide variety of low cost training, social and health activities": (
        "الوصول إلى مجموعة واسعة من الدورات التدريبية والأنشطة الاجتماعية والصحية منخفضة التكلفة"
    ),
    "Access to health and well being resources to avoid crisis": (
        "الوصول إلى موارد الصحة والرفاه لتجنب الأزمات"
    ),
    "Promote high self esteem/ self worth through communication": (
        "تعزيز التقدير العالي للذات / الإحساس بقيمة الذات من خلال التواصل"
    ),
    (
        "Trustwide ‘one stop shop’ to facilitate parental enquiries e.g. health, welfare, housing, "
        "legal and financial"
    ): (
        "«مركز خدمات شامل» (one stop shop) على مستوى المؤسسة لتسهيل استفسارات أولياء الأمور، مثل "
        "الصحة والرعاية الاجتماعية والسكن والشؤون القانونية والمالية"
    ),
    (
        "Consolidate and develop current trust partnerships for the mutual benefit of the Trust "
        "and trust partners"
    ): "توطيد الشراكات الحالية للمؤسسة وتطويرها بما يعود بالنفع المتبادل على المؤسسة وشركائها",
    (
        "Identify and develop new trust partnerships to fulfil the vision and meet the aims of the "
        "Trust"
    ): "تحديد شراكات جديدة للمؤسسة وتطويرها لتحقيق رؤية المؤسسة وبلوغ أهدافها",
    "Pedagogy": "أساليب التدريس",
    (
        "To develop a shared understanding of the pedagogy for the learning journey from EYFS to "
        "KS4 and beyond"
    ): (
        "تكوين فهم مشترك لأساليب التدريس على امتداد رحلة التعلم من EYFS (مرحلة السنوات المبكرة، "
        "حتى سن 5) إلى KS4 (المرحلة الأساسية الرابعة، سن 14-16) وما بعدها"
    ),
    "Staffing": "الكوادر العاملة",
    "Linked staffing structures to support teachers pedagogy and practice": (
        "هياكل توظيف مترابطة لدعم أساليب تدريس المعلمين وممارساتهم"
    ),
    (
        "Cross school leadership work to solve specific issues – using leadership expertise in the "
        "trust. Greater leadership experience and skill set including leadership expertise of "
        "partners"
    ): (
        "عمل قيادي مشترك بين المدارس لحل مشكلات محددة – بالاستفادة من الخبرات القيادية داخل "
        "المؤسسة. خبرة قيادية أكبر ومجموعة مهارات أوسع، بما في ذلك الخبرات القيادية لدى الشركاء"
    ),
    "Mental Health and Wellbeing Support": "دعم الصحة النفسية والرفاه",
    "Identified network of support for staff members": "شبكة دعم محددة للعاملين",
    "Professional Development": "التطوير المهني",
    "Staff supporting each other across the Trust to achieve outcomes": (
        "العاملون يدعم بعضهم بعضًا على مستوى المؤسسة لتحقيق النتائج"
    ),
    "Shared training across the trust – internal/ external/ national": (
        "تدريب مشترك على مستوى المؤسسة – داخلي / خارجي / وطني"
    ),
    "National and International experience opportunities including cooperative links": (
        "فرص لاكتساب الخبرة على المستويين الوطني والدولي، بما في ذلك الروابط التعاونية"
    ),
    "Coaching network across the schools": "شبكة للتوجيه المهني (coaching) بين المدارس",
    "Shared learning projects working with partners": "مشاريع تعلم مشتركة بالعمل مع الشركاء",
    "Expertise in staffing identified across the Trust and used for development": (
        "تحديد خبرات العاملين على مستوى المؤسسة والاستفادة منها في التطوير"
    ),
    "Development opportunities without having to leave the Trust.": (
        "فرص للتطور دون الحاجة إلى مغادرة المؤسسة."
    ),
    "Resources - Networks in place": "الموارد - الشبكات القائمة",
    "Curriculum support groups": "مجموعات دعم المنهج الدراسي",
    "Behaviour support and provision": "دعم السلوك والخدمات المتعلقة به",
    "EAL shared support": "دعم مشترك لـ EAL (الإنجليزية بوصفها لغة إضافية)",
    (
        "Networks – develop networks with a wider perspective/ set of skills to offer support and "
        "development from outside of the City"
    ): (
        "الشبكات – تطوير شبكات ذات منظور أوسع / مجموعة مهارات أوسع لتقديم الدعم والتطوير من خارج "
        "المدينة"
    ),
    "Continguency and succession planning – using resources within the Trust.": (
        "التخطيط للطوارئ وللتعاقب الوظيفي – باستخدام الموارد المتاحة داخل المؤسسة."
    ),
    "History": "التاريخ",
    "Schools": "المدارس",
    "Partners": "الشركاء",
    "Aims": "الأهداف",
    "Vision": "الرؤية",
    "Vision updates": "مستجدات الرؤية",
    "Accessibility statement": "بيان إمكانية الوصول",
    "Privacy notice": "إشعار الخصوصية",
}
