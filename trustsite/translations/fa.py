"""Farsi draft translations of the trust's words, keyed by English. Awaiting review."""

STRINGS = {
    "Together we seek to:": "ما با هم در تلاش هستیم برای:",
    (
        "Develop positive contributors to the wider community who are confident, caring, well "
        "rounded, responsible citizens with high self-esteem and a sense of responsibility to "
        "their community and the wider world"
    ): (
        "پرورش افرادی که سهمی مثبت در جامعه گسترده‌تر دارند؛ شهروندانی با اعتماد به نفس، دلسوز، "
        "همه‌جانبه و مسئولیت‌پذیر، با عزت نفس بالا و احساس مسئولیت نسبت به جامعه خود و جهان گسترده‌تر"
    ),
    (
        "Celebrate the diversity of our members, our community, and the wider world, promoting "
        "flexibility, enjoyment, a love of learning and community cohesion"
    ): (
        "گرامی‌داشت تنوع اعضای ما، جامعه ما و جهان گسترده‌تر، همراه با ترویج انعطاف‌پذیری، لذت بردن، "
        "عشق به یادگیری و همبستگی اجتماعی"
    ),
    (
        "Encourage enterprising, responsible risk taking attitudes whereby skills, knowledge and "
        "learning are applied in a diversity of settings"
    ): (
        "تشویق نگرش‌های کارآفرینانه و پذیرش مسئولانه خطر، که به واسطه آن مهارت‌ها، دانش و آموخته‌ها "
        "در موقعیت‌های گوناگون به کار گرفته شوند"
    ),
    (
        "Collaborate through open dialogue to develop our outward facing organisations in a way "
        "which is supportive of our family of schools"
    ): (
        "همکاری از راه گفت‌وگوی باز برای توسعه سازمان‌های برون‌گرای ما، به شیوه‌ای که از خانواده مدارس "
        "ما پشتیبانی کند"
    ),
    "The key aims of our Trust are:": "اهداف اصلی مؤسسه ما عبارت‌اند از:",
    (
        "The advancement of education for the benefit of the public, in particular for the benefit "
        "of the Schools and academies of the Trust, and any other school or educational "
        "organisations for whom it acts as a Charitable Foundation or with whom it works in "
        "partnership or collaboration, whether formally or not"
    ): (
        "پیشبرد آموزش به سود عموم مردم، به ویژه به سود مدارس و آکادمی‌های مؤسسه و هر مدرسه یا "
        "سازمان آموزشی دیگری که مؤسسه برای آن به عنوان بنیاد خیریه عمل می‌کند یا با آن، به صورت "
        "رسمی یا غیررسمی، در مشارکت یا همکاری کار می‌کند"
    ),
    (
        "To deliver and further enhance high educational standards and raise children’s and young "
        "people’s aspirations and achievements"
    ): (
        "تحقق و ارتقای بیشتر استانداردهای بالای آموزشی و بالا بردن آرمان‌ها و دستاوردهای کودکان و "
        "نوجوانان"
    ),
    (
        "To strengthen collaboration and contribute to community cohesion by delivering improved "
        "services and creating an environment in which children, young people and the diverse "
        "community have access to wide ranging opportunities promoting British Values"
    ): (
        "تقویت همکاری و کمک به همبستگی اجتماعی از طریق ارائه خدمات بهتر و ایجاد محیطی که در آن "
        "کودکان، نوجوانان و جامعه متنوع به طیف گسترده‌ای از فرصت‌ها دسترسی داشته باشند که ارزش‌های "
        "بریتانیایی (British Values) را ترویج می‌کنند"
    ),
    "To promote and apply shared cooperative values and principles": (
        "ترویج و به کارگیری ارزش‌ها و اصول مشترک تعاونی"
    ),
    (
        "To support partner businesses and community organisations’ involvement in promoting "
        "community cohesion and education to raise standards and aspirations"
    ): (
        "پشتیبانی از مشارکت کسب‌وکارهای شریک و سازمان‌های اجتماعی در ترویج همبستگی اجتماعی و آموزش، "
        "برای بالا بردن استانداردها و آرمان‌ها"
    ),
    (
        "To develop mutually beneficial links between schools, education and community service "
        "providers, partner businesses and community organisations"
    ): (
        "ایجاد پیوندهای سودمند دوجانبه میان مدارس، ارائه‌دهندگان خدمات آموزشی و اجتماعی، کسب‌وکارهای "
        "شریک و سازمان‌های اجتماعی"
    ),
    (
        "To support and collaborate with the partner schools, academies, education and community "
        "service providers and their Governing Bodies in the achievement of their aims, vision and "
        "values"
    ): (
        "پشتیبانی و همکاری با مدارس شریک، آکادمی‌ها، ارائه‌دهندگان خدمات آموزشی و اجتماعی و هیئت‌های "
        "مدیره آنها (Governing Bodies) در دستیابی به اهداف، چشم‌انداز و ارزش‌هایشان"
    ),
    "Vision for staff": "چشم‌انداز برای کارکنان",
    "Vision for children and learners": "چشم‌انداز برای کودکان و یادگیرندگان",
    "Vision for our families and the local community": "چشم‌انداز برای خانواده‌های ما و جامعه محلی",
    "Vision for partners": "چشم‌انداز برای شرکا",
    "The History Of Southampton Co-operative Learning Trust": (
        "تاریخچه Southampton Co-operative Learning Trust"
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
        "این مؤسسه (Trust) در سال 2011 تأسیس شد. اساس آن «مجموعه» مدارس Regent’s Park بود، یعنی "
        "مدرسه Regent’s Park Secondary و مدارس ابتدایی‌ای که دانش‌آموزانشان به آن می‌رفتند. از آنجا "
        "که این مؤسسه از نوع foundation trust (مؤسسه بنیادی) بود – و نه academy trust (مؤسسه "
        "آکادمی‌ها) – بودجه مدارس آن همچنان از طریق مقامات محلی تأمین می‌شد، اما زمین‌ها و ساختمان‌ها "
        "از مقامات محلی به مؤسسه منتقل شدند. مالکیت مشترک این املاک به پیوند دادن مدارس با یکدیگر "
        "کمک کرد و همچنین به محافظت از آنها در برابر تبدیل اجباری به آکادمی – چیزی که در آن زمان "
        "بسیار محتمل به نظر می‌رسید و هنوز هم ممکن است."
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
        "در ابتدا نام آن Regent’s Park Learning Trust بود و اعضای آن عبارت بودند از Regent’s Park، "
        "Foundry Lane Primary، Banister Infant and Nursery و St John’s Primary and Nursery. "
        "Freemantle Primary و St Mark’s Primary نتوانستند به طور رسمی عضو شوند، زیرا زمین آنها "
        "متعلق به کلیسای انگلستان بود، اما سال بعد شریک شدند. The Polygon School در سال 2016 به "
        "عنوان عضو کامل به مؤسسه پیوست. در همان سال، نام آن به Southampton Cooperative Learning "
        "Trust تغییر کرد تا هویت گسترده‌تر ما را نشان دهد. Banister Infant and Nursery در سال 2002 "
        "به مدرسه ابتدایی تبدیل شد و اخیراً St Mark’s Primary به صورت مدرسه‌ای که همه مقاطع تحصیلی "
        "(all-through) را برای سنین 3-16 سال در بر می‌گیرد، بازسازی شده است."
    ),
    (
        "We have always sought to build partnerships with other organisations in the wider "
        "community. Over the last 11 years our formal and informal partners have included:"
    ): (
        "ما همواره کوشیده‌ایم با سازمان‌های دیگر در جامعه گسترده‌تر مشارکت ایجاد کنیم. در 11 سال "
        "گذشته، شرکای رسمی و غیررسمی ما از جمله این‌ها بوده‌اند:"
    ),
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge. We are beginning to build links with these, based on our shared belief "
        "that through cooperation we can create a better future for our children and communities."
    ): (
        "از سال 2011 سه مؤسسه تعاونی دیگر برای مدارس در ساوتهمپتون تشکیل شده است: Aspire، Reach و "
        "Bridge. ما شروع به ایجاد پیوند با آنها کرده‌ایم، بر پایه این باور مشترک که از راه همکاری "
        "می‌توانیم آینده‌ای بهتر برای کودکان و جوامع‌مان بسازیم."
    ),
    (
        "The Southampton Co-operative Learning Trust has a shared identity through our commitment "
        "to safe and secure environments which strengthen and sustain high standards and "
        "achievement for the communities we serve."
    ): (
        "Southampton Co-operative Learning Trust از طریق تعهد ما به محیط‌هایی امن و مطمئن، که "
        "استانداردها و دستاوردهای بالا را برای جوامعی که به آنها خدمت می‌کنیم تقویت و حفظ می‌کنند، "
        "هویتی مشترک دارد."
    ),
    "Total Coverage": "Total Coverage",
    "Total Coverage, a design co-operative": "Total Coverage، یک تعاونی طراحی",
    "The WEA": "The WEA",
    "The WEA – Workers Educational Association – our most long-running partnership": (
        "The WEA – Workers Educational Association (انجمن آموزشی کارگران) – طولانی‌ترین همکاری ما"
    ),
    "Solent EBP": "Solent EBP",
    "Solent EBP (Enterprise Business Partners)": (
        "Solent EBP (Enterprise Business Partners – شرکایی از دنیای کسب‌وکار)"
    ),
    "No Limits": "No Limits",
    "No Limits (Southampton Charity for Young People)": (
        "No Limits (مؤسسه خیریه‌ای برای جوانان در ساوتهمپتون)"
    ),
    "Solent University": "Solent University",
    "Southampton University": "Southampton University",
    "Southampton University (School-University Partnership)": (
        "Southampton University (همکاری مدرسه و دانشگاه)"
    ),
    (
        "Southampton Co-operative Learning Trust has established long-term sustainable "
        "partnerships with other local settings in order to support and deliver outstanding "
        "localised, coordinated, provision for children and young people aged 3-18 years and the "
        "wider community."
    ): (
        "Southampton Co-operative Learning Trust با دیگر مراکز محلی مشارکت‌هایی پایدار و بلندمدت "
        "برقرار کرده است تا خدماتی عالی، محلی و هماهنگ را برای کودکان و نوجوانان 3-18 ساله و جامعه "
        "گسترده‌تر پشتیبانی و ارائه کند."
    ),
    "Regent’s Park": "Regent’s Park",
    (
        "At first it was called the Regent’s Park Learning Trust and its members were Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and Nursery."
    ): (
        "در ابتدا نام آن Regent’s Park Learning Trust بود و اعضای آن عبارت بودند از Regent’s Park، "
        "Foundry Lane Primary، Banister Infant and Nursery و St John’s Primary and Nursery."
    ),
    "Foundry Lane Primary": "Foundry Lane Primary",
    "Banister": "Banister",
    "Banister Infant and Nursery became a primary school in 2002.": (
        "Banister Infant and Nursery در سال 2002 به مدرسه ابتدایی تبدیل شد."
    ),
    "St John’s Primary and Nursery": "St John’s Primary and Nursery",
    "The Polygon School": "The Polygon School",
    "The Polygon School joined the Trust as full members in 2016.": (
        "The Polygon School در سال 2016 به عنوان عضو کامل به مؤسسه پیوست."
    ),
    "Freemantle Primary": "Freemantle Primary",
    (
        "Freemantle Primary and St Mark’s Primary could not join formally because the Church of "
        "England owned their land, however they became partners the following year."
    ): (
        "Freemantle Primary و St Mark’s Primary نتوانستند به طور رسمی عضو شوند، زیرا زمین آنها "
        "متعلق به کلیسای انگلستان بود، اما سال بعد شریک شدند."
    ),
    "St Mark’s": "St Mark’s",
    "St Mark’s Primary has been rebuilt as an all-through 3-16 school.": (
        "St Mark’s Primary به صورت مدرسه‌ای که همه مقاطع تحصیلی (all-through) را برای سنین 3-16 سال "
        "در بر می‌گیرد، بازسازی شده است."
    ),
    "Aspire": "Aspire",
    "Reach": "Reach",
    "Bridge": "Bridge",
    "2002": "2002",
    "2011": "2011",
    "The Trust came into being in 2011.": "این مؤسسه در سال 2011 تأسیس شد.",
    "2012": "2012",
    "2016": "2016",
    (
        "In that same year, the name was changed to the Southampton Cooperative Learning Trust, to "
        "reflect our wider identity."
    ): (
        "در همان سال، نام آن به Southampton Cooperative Learning Trust تغییر کرد تا هویت گسترده‌تر "
        "ما را نشان دهد."
    ),
    "More recently": "اخیراً",
    "Since 2011": "از سال 2011",
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge."
    ): (
        "از سال 2011 سه مؤسسه تعاونی دیگر برای مدارس در ساوتهمپتون تشکیل شده است: Aspire، Reach و "
        "Bridge."
    ),
    "Southampton Co-operative Learning Trust": "Southampton Co-operative Learning Trust",
    "Aspirations": "آرمان‌ها",
    "Creating an umbrella to challenge underachievement and disengagement to raise aspirations": (
        "ایجاد یک «چتر» برای مقابله با پیشرفت تحصیلی کمتر از توان و بی‌علاقگی، به منظور بالا بردن "
        "آرمان‌ها"
    ),
    "Promoting an ‘I can do’ mentality in a changing technological world": (
        "ترویج نگرش «من می‌توانم» در جهانی که از نظر فناوری در حال تغییر است"
    ),
    (
        "Providing opportunities academically and socially for all children to enjoy and achieve "
        "their potential"
    ): (
        "فراهم کردن فرصت‌های تحصیلی و اجتماعی برای همه کودکان تا لذت ببرند و به توانایی‌های بالقوه "
        "خود دست یابند"
    ),
    "Developing children’s understanding and experience of lifelong learning": (
        "پرورش درک و تجربه کودکان از یادگیری مادام‌العمر"
    ),
    "Creative, relevant, shared curriculum and resourcing": (
        "برنامه درسی و منابع خلاقانه، مرتبط و مشترک"
    ),
    "Belonging to a larger community.": "تعلق داشتن به جامعه‌ای بزرگ‌تر.",
    "Curriculum Enrichment": "غنی‌سازی برنامه درسی",
    "Embedding elements of collaborative and co-operative learning into the curriculum": (
        "گنجاندن عناصری از یادگیری مشارکتی و تعاونی در برنامه درسی"
    ),
    "Supporting all children to have equal access to the latest ICT/ Learning Technology": (
        "کمک به همه کودکان برای دسترسی برابر به جدیدترین فناوری اطلاعات و ارتباطات (ICT) / فناوری "
        "یادگیری"
    ),
    "Deepened understanding about work opportunities + areas + skills": (
        "درک عمیق‌تر از فرصت‌های شغلی + زمینه‌ها + مهارت‌ها"
    ),
    (
        "Enriching learning opportunities through the development of partnerships and the "
        "involvement of partners in the curriculum"
    ): "غنی‌سازی فرصت‌های یادگیری از راه توسعه مشارکت‌ها و درگیر کردن شرکا در برنامه درسی",
    "Sharing staff expertise across the trust schools and partners": (
        "به اشتراک گذاشتن تخصص کارکنان میان مدارس مؤسسه و شرکا"
    ),
    (
        "Providing the widest possible range of opportunities for the trust through schools and "
        "partners"
    ): "فراهم کردن گسترده‌ترین طیف ممکن از فرصت‌ها برای مؤسسه از طریق مدارس و شرکا",
    "Regular programme of sports competitions": "برنامه منظم مسابقات ورزشی",
    (
        "Regular programme of other curriculum based competitions e.g. art, chess, science and "
        "engineering"
    ): "برنامه منظم مسابقات دیگر مرتبط با برنامه درسی، مانند هنر، شطرنج، علوم و مهندسی",
    "Experiences/ development of workforce skills": "تجربه‌ها / پرورش مهارت‌های کاری",
    "Development of work experience": "توسعه دوره‌های تجربه کاری (work experience)",
    (
        "Develop a group approach to achieving ‘good practice’ awards e.g. Eco schools, Healthy "
        "Schools, International Awards etc"
    ): (
        "ایجاد رویکردی گروهی برای کسب جوایز «عملکرد خوب»، مانند Eco schools، Healthy Schools، "
        "International Awards و غیره"
    ),
    "Shared learning experiences/ projects for all learners (stakeholder groups)": (
        "تجربه‌ها / پروژه‌های یادگیری مشترک برای همه یادگیرندگان (گروه‌های ذی‌نفع)"
    ),
    "Rewarding the achievements of all learners including adults": (
        "پاداش دادن به دستاوردهای همه یادگیرندگان، از جمله بزرگسالان"
    ),
    "Effective skilled and positive Citizenship programmes": (
        "برنامه‌های آموزش شهروندی مؤثر، حرفه‌ای و مثبت"
    ),
    "Financial": "مالی",
    "Co-ordinating 'funding opportunities' to widen 'learning opportunities'.": (
        "هماهنگ کردن «فرصت‌های تأمین بودجه» برای گسترش «فرصت‌های یادگیری»."
    ),
    "Support": "پشتیبانی",
    (
        "Provide parent education to help parents and carers to have the skills and knowledge to "
        "support their children’s learning in school and at home (Tailored to meet needs of our "
        "community supported by partners)"
    ): (
        "ارائه آموزش به والدین، تا والدین و مراقبان مهارت‌ها و دانش لازم برای حمایت از یادگیری "
        "فرزندانشان در مدرسه و خانه را داشته باشند (متناسب با نیازهای جامعه ما و با پشتیبانی شرکا)"
    ),
    "Support pupil wellbeing through access to partner advice and resources": (
        "پشتیبانی از بهزیستی دانش‌آموزان از طریق دسترسی به مشاوره و منابع شرکا"
    ),
    "Membership benefits for all learners and children.": (
        "مزایای عضویت برای همه یادگیرندگان و کودکان."
    ),
    "Information": "اطلاعات",
    (
        "Share data to identify shared intervention and resources needed to raise attainment and "
        "progress"
    ): (
        "به اشتراک گذاشتن داده‌ها برای شناسایی مداخله‌ها و منابع مشترک لازم برای بالا بردن سطح "
        "موفقیت تحصیلی و پیشرفت"
    ),
    "Develop learning for life": "پرورش یادگیری برای زندگی",
    "Strong school - parental relationships": "روابط قوی میان مدرسه و والدین",
    "Share a common understanding – investors in education and their child’s future": (
        "درک مشترک – سرمایه‌گذاران در آموزش و آینده فرزندشان"
    ),
    (
        "Positive influential voice harnessed to impact on learning e.g. PTA’s, Governors,  "
        "Stakeholders Forum, Trustees etc"
    ): (
        "صدایی مثبت و اثرگذار که برای تأثیر بر یادگیری به کار گرفته می‌شود، مانند PTA (انجمن‌های "
        "اولیا و مربیان)، اعضای هیئت‌های مدیره مدارس (Governors)، انجمن ذی‌نفعان، امنای مؤسسه "
        "(Trustees) و غیره"
    ),
    "Facilitation of the provision of support services": "تسهیل ارائه خدمات حمایتی",
    "Strong community links to aid ‘at risk’ families to achieve positive outcomes": (
        "پیوندهای قوی با جامعه برای کمک به خانواده‌های «در معرض خطر» تا به نتایج مثبت دست یابند"
    ),
    "Develop a culture of high attendance and high value of education": (
        "ایجاد فرهنگ حضور منظم و ارزش‌گذاری بالا برای آموزش"
    ),
    "Diversity and commonality are celebrated": "تنوع و اشتراکات گرامی داشته می‌شوند",
    (
        "Draw on the skills and celebrate the diversity of our community through international "
        "week celebrations"
    ): "بهره‌گیری از مهارت‌ها و گرامی‌داشت تنوع جامعه ما از طریق جشن‌های هفته بین‌المللی",
    "Identify membership and other benefits to reduce financial pressures on parents and carers": (
        "شناسایی مزایای عضویت و مزایای دیگر برای کاهش فشار مالی بر والدین و مراقبان"
    ),
    "Access to a wide variety of low cost training, social and health activities": (
        "دسترسی به انواع گسترده‌ای از آموزش‌ها و فعالیت‌های اجتماعی و بهداشتی کم‌هزینه"
    ),
    "Access to health and well being resources to avoid crisis": (
        "دسترسی به منابع سلامت و بهزیستی برای پیشگیری از بحران"
    ),
    "Promote high self esteem/ self worth through communication": (
        "تقویت عزت نفس بالا / احساس ارزشمندی از طریق ارتباط"
    ),
    (
        "Trustwide ‘one stop shop’ to facilitate parental enquiries e.g. health, welfare, housing, "
        "legal and financial"
    ): (
        "«مرکز خدمات یکپارچه» (one stop shop) در سطح کل مؤسسه برای تسهیل پرسش‌های والدین، مانند "
        "امور بهداشتی، رفاهی، مسکن، حقوقی و مالی"
    ),
    (
        "Consolidate and develop current trust partnerships for the mutual benefit of the Trust "
        "and trust partners"
    ): "تحکیم و توسعه مشارکت‌های کنونی مؤسسه به سود متقابل مؤسسه و شرکای آن",
    (
        "Identify and develop new trust partnerships to fulfil the vision and meet the aims of the "
        "Trust"
    ): "شناسایی و توسعه مشارکت‌های جدید مؤسسه برای تحقق چشم‌انداز و دستیابی به اهداف مؤسسه",
    "Pedagogy": "شیوه‌های تدریس",
    (
        "To develop a shared understanding of the pedagogy for the learning journey from EYFS to "
        "KS4 and beyond"
    ): (
        "ایجاد درکی مشترک از شیوه‌های تدریس در سراسر مسیر یادگیری، از EYFS (دوره پیش از دبستان، تا "
        "5 سالگی) تا KS4 (مرحله کلیدی 4، سنین 14-16 سال) و پس از آن"
    ),
    "Staffing": "نیروی انسانی",
    "Linked staffing structures to support teachers pedagogy and practice": (
        "ساختارهای به‌هم‌پیوسته نیروی انسانی برای پشتیبانی از شیوه‌های تدریس و عملکرد معلمان"
    ),
    (
        "Cross school leadership work to solve specific issues – using leadership expertise in the "
        "trust. Greater leadership experience and skill set including leadership expertise of "
        "partners"
    ): (
        "همکاری مدیران مدارس با یکدیگر برای حل مسائل مشخص – با استفاده از تخصص مدیریتی موجود در "
        "مؤسسه. تجربه مدیریتی بیشتر و مجموعه مهارت‌های گسترده‌تر، از جمله تخصص مدیریتی شرکا"
    ),
    "Mental Health and Wellbeing Support": "پشتیبانی از سلامت روان و بهزیستی",
    "Identified network of support for staff members": "شبکه حمایتی مشخص برای کارکنان",
    "Professional Development": "توسعه حرفه‌ای",
    "Staff supporting each other across the Trust to achieve outcomes": (
        "حمایت کارکنان از یکدیگر در سراسر مؤسسه برای دستیابی به نتایج"
    ),
    "Shared training across the trust – internal/ external/ national": (
        "آموزش مشترک در سراسر مؤسسه – درونی / بیرونی / ملی"
    ),
    "National and International experience opportunities including cooperative links": (
        "فرصت‌های کسب تجربه در سطح ملی و بین‌المللی، از جمله از طریق ارتباط با تعاونی‌ها"
    ),
    "Coaching network across the schools": "شبکه مربیگری (coaching) میان مدارس",
    "Shared learning projects working with partners": "پروژه‌های یادگیری مشترک با همکاری شرکا",
    "Expertise in staffing identified across the Trust and used for development": (
        "شناسایی تخصص‌های کارکنان در سراسر مؤسسه و استفاده از آنها برای توسعه"
    ),
    "Development opportunities without having to leave the Trust.": (
        "فرصت‌های پیشرفت بدون نیاز به ترک مؤسسه."
    ),
    "Resources - Networks in place": "منابع - شبکه‌های موجود",
    "Curriculum support groups": "گروه‌های پشتیبانی برنامه درسی",
    "Behaviour support and provision": "پشتیبانی و خدمات مربوط به رفتار",
    "EAL shared support": "پشتیبانی مشترک EAL (انگلیسی به عنوان زبان افزوده)",
    (
        "Networks – develop networks with a wider perspective/ set of skills to offer support and "
        "development from outside of the City"
    ): (
        "شبکه‌ها – ایجاد شبکه‌هایی با دیدگاه / مجموعه مهارت‌های گسترده‌تر برای ارائه پشتیبانی و توسعه "
        "از بیرون شهر"
    ),
    "Continguency and succession planning – using resources within the Trust.": (
        "برنامه‌ریزی برای شرایط اضطراری و جانشینی – با استفاده از منابع درون مؤسسه."
    ),
    "History": "تاریخچه",
    "Schools": "مدارس",
    "Partners": "شرکا",
    "Aims": "اهداف",
    "Vision": "چشم‌انداز",
    "Vision updates": "تازه‌های چشم‌انداز",
    "Accessibility statement": "بیانیه دسترس‌پذیری",
    "Privacy notice": "اطلاعیه حریم خصوصی",
}
