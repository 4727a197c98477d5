"""Simplified Chinese draft translations of the trust's words, keyed by English. Awaiting review."""

STRINGS = {
    "Together we seek to:": "我们共同致力于：",
    (
        "Develop positive contributors to the wider community who are confident, caring, well "
        "rounded, responsible citizens with high self-esteem and a sense of responsibility to "
        "their community and the wider world"
    ): (
        "培养为更广泛社区作出积极贡献的人：他们是自信、有爱心、全面发展、负责任的公民，"
        "有很强的自我价值感，并对自己的社区和更广阔的世界怀有责任感"
    ),
    (
        "Celebrate the diversity of our members, our community, and the wider world, promoting "
        "flexibility, enjoyment, a love of learning and community cohesion"
    ): (
        "颂扬我们的成员、我们的社区以及更广阔世界的多样性，促进灵活性、乐趣、"
        "对学习的热爱和社区凝聚力"
    ),
    (
        "Encourage enterprising, responsible risk taking attitudes whereby skills, knowledge and "
        "learning are applied in a diversity of settings"
    ): "鼓励积极进取、敢于负责任地承担风险的态度，使技能、知识和所学在多种多样的环境中得到应用",
    (
        "Collaborate through open dialogue to develop our outward facing organisations in a way "
        "which is supportive of our family of schools"
    ): "通过开放的对话开展合作，以支持我们学校大家庭的方式，发展我们面向外部的组织",
    "The key aims of our Trust are:": "本信托的主要目标是：",
    (
        "The advancement of education for the benefit of the public, in particular for the benefit "
        "of the Schools and academies of the Trust, and any other school or educational "
        "organisations for whom it acts as a Charitable Foundation or with whom it works in "
        "partnership or collaboration, whether formally or not"
    ): (
        "为公众利益推进教育，特别是为本信托的学校和学院制学校（academies）的利益，"
        "以及本信托作为慈善基金会为之服务、或与之开展伙伴关系或合作（无论正式与否）"
        "的任何其他学校或教育组织的利益"
    ),
    (
        "To deliver and further enhance high educational standards and raise children’s and young "
        "people’s aspirations and achievements"
    ): "实现并进一步提高高水准的教育标准，提升儿童和青少年的志向与成就",
    (
        "To strengthen collaboration and contribute to community cohesion by delivering improved "
        "services and creating an environment in which children, young people and the diverse "
        "community have access to wide ranging opportunities promoting British Values"
    ): (
        "通过提供更好的服务，并营造一个让儿童、青少年和多元社区都能获得各种弘扬英国价值观（British "
        "Values）的广泛机会的环境，加强合作并促进社区凝聚力"
    ),
    "To promote and apply shared cooperative values and principles": (
        "弘扬并践行共同的合作社价值观和原则"
    ),
    (
        "To support partner businesses and community organisations’ involvement in promoting "
        "community cohesion and education to raise standards and aspirations"
    ): "支持合作企业和社区组织参与促进社区凝聚力和教育，以提高标准和志向",
    (
        "To develop mutually beneficial links between schools, education and community service "
        "providers, partner businesses and community organisations"
    ): "在学校、教育和社区服务提供者、合作企业以及社区组织之间发展互惠互利的联系",
    (
        "To support and collaborate with the partner schools, academies, education and community "
        "service providers and their Governing Bodies in the achievement of their aims, vision and "
        "values"
    ): (
        "支持合作学校、学院制学校、教育和社区服务提供者及其校董会（Governing Bodies），并与之合作，"
        "实现其目标、愿景和价值观"
    ),
    "Vision for staff": "对教职员工的愿景",
    "Vision for children and learners": "对儿童和学习者的愿景",
    "Vision for our families and the local community": "对我们的家庭和当地社区的愿景",
    "Vision for partners": "对合作伙伴的愿景",
    "The History Of Southampton Co-operative Learning Trust": (
        "Southampton Co-operative Learning Trust 的历史"
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
        "本信托（Trust）成立于2011年。它以 Regent’s Park “学校群”为基础，即 Regent’s Park "
        "Secondary 及其生源所在的各所小学。作为基金会信托（foundation trust）——"
        "而非学院信托（academy trust）——其学校的经费仍通过地方政府拨付，"
        "但土地和校舍已从地方政府转移给本信托。共同拥有这些产业有助于把各校联系在一起，"
        "也有助于保护它们免遭被强制转为学院制学校（academy）——这在当时看来极有可能发生，"
        "现在也仍有可能。"
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
        "最初它名为 Regent’s Park Learning Trust，成员有 Regent’s Park、Foundry Lane Primary、"
        "Banister Infant and Nursery 以及 St John’s Primary and Nursery。Freemantle Primary 和 St "
        "Mark’s Primary 由于土地归英格兰教会所有而无法正式加入，但它们在第二年成为了合作伙伴。The "
        "Polygon School 于2016年作为正式成员加入本信托。同年，名称改为 Southampton Cooperative "
        "Learning Trust，以体现我们更广泛的身份。Banister Infant and Nursery 于2002年成为小学；"
        "近年来，St Mark’s Primary 已重建为一所涵盖所有学段（all-through）的3-16岁学校。"
    ),
    (
        "We have always sought to build partnerships with other organisations in the wider "
        "community. Over the last 11 years our formal and informal partners have included:"
    ): (
        "我们一直致力于与更广泛社区中的其他组织建立伙伴关系。在过去11年里，"
        "我们的正式和非正式合作伙伴包括："
    ),
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge. We are beginning to build links with these, based on our shared belief "
        "that through cooperation we can create a better future for our children and communities."
    ): (
        "自2011年以来，南安普顿又成立了三个合作社性质的学校信托：Aspire、Reach 和 Bridge。"
        "我们正开始与它们建立联系，基于我们共同的信念：通过合作，我们能够为我们的孩子和社区创造更美"
        "好的未来。"
    ),
    (
        "The Southampton Co-operative Learning Trust has a shared identity through our commitment "
        "to safe and secure environments which strengthen and sustain high standards and "
        "achievement for the communities we serve."
    ): (
        "Southampton Co-operative Learning Trust 拥有共同的身份认同，这源于我们对安全、"
        "安心环境的承诺；这样的环境为我们所服务的社区加强并保持高标准和高成就。"
    ),
    "Total Coverage": "Total Coverage",
    "Total Coverage, a design co-operative": "Total Coverage，一家设计合作社",
    "The WEA": "The WEA",
    "The WEA – Workers Educational Association – our most long-running partnership": (
        "The WEA——Workers Educational Association（工人教育协会）——我们历时最长的合作伙伴关系"
    ),
    "Solent EBP": "Solent EBP",
    "Solent EBP (Enterprise Business Partners)": (
        "Solent EBP（Enterprise Business Partners，企业商业伙伴）"
    ),
    "No Limits": "No Limits",
    "No Limits (Southampton Charity for Young People)": "No Limits（南安普顿的青少年慈善机构）",
    "Solent University": "Solent University",
    "Southampton University": "Southampton University",
    "Southampton University (School-University Partnership)": (
        "Southampton University（中小学与大学伙伴关系）"
    ),
    (
        "Southampton Co-operative Learning Trust has established long-term sustainable "
        "partnerships with other local settings in order to support and deliver outstanding "
        "localised, coordinated, provision for children and young people aged 3-18 years and the "
        "wider community."
    ): (
        "Southampton Co-operative Learning Trust 已与本地其他机构建立了长期、可持续的伙伴关系，"
        "以支持并提供优秀的、本地化的、协调一致的服务，面向3-18岁的儿童和青少年以及更广泛的社区。"
    ),
    "Regent’s Park": "Regent’s Park",
    (
        "At first it was called the Regent’s Park Learning Trust and its members were Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and Nursery."
    ): (
        "最初它名为 Regent’s Park Learning Trust，成员有 Regent’s Park、Foundry Lane Primary、"
        "Banister Infant and Nursery 以及 St John’s Primary and Nursery。"
    ),
    "Foundry Lane Primary": "Foundry Lane Primary",
    "Banister": "Banister",
    "Banister Infant and Nursery became a primary school in 2002.": (
        "Banister Infant and Nursery 于2002年成为小学。"
    ),
    "St John’s Primary and Nursery": "St John’s Primary and Nursery",
    "The Polygon School": "The Polygon School",
    "The Polygon School joined the Trust as full members in 2016.": (
        "The Polygon School 于2016年作为正式成员加入本信托。"
    ),
    "Freemantle Primary": "Freemantle Primary",
    (
        "Freemantle Primary and St Mark’s Primary could not join formally because the Church of "
        "England owned their land, however they became partners the following year."
    ): (
        "Freemantle Primary 和 St Mark’s Primary 由于土地归英格兰教会所有而无法正式加入，"
        "但它们在第二年成为了合作伙伴。"
    ),
    "St Mark’s": "St Mark’s",
    "St Mark’s Primary has been rebuilt as an all-through 3-16 school.": (
        "St Mark’s Primary 已重建为一所涵盖所有学段（all-through）的3-16岁学校。"
    ),
    "Aspire": "Aspire",
    "Reach": "Reach",
    "Bridge": "Bridge",
    "2002": "2002",
    "2011": "2011",
    "The Trust came into being in 2011.": "本信托成立于2011年。",
    "2012": "2012",
    "2016": "2016",
    (
        "In that same year, the name was changed to the Southampton Cooperative Learning Trust, to "
        "reflect our wider identity."
    ): "同年，名称改为 Southampton Cooperative Learning Trust，以体现我们更广泛的身份。",
    "More recently": "近年来",
    "Since 2011": "2011年以来",
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge."
    ): "自2011年以来，南安普顿又成立了三个合作社性质的学校信托：Aspire、Reach 和 Bridge。",
    "Southampton Co-operative Learning Trust": "Southampton Co-operative Learning Trust",
    "Aspirations": "志向",
    "Creating an umbrella to challenge underachievement and disengagement to raise aspirations": (
        "搭建一把“保护伞”，应对学业表现未达潜力和缺乏学习投入的问题，以提升志向"
    ),
    "Promoting an ‘I can do’ mentality in a changing technological world": (
        "在不断变化的科技世界中倡导“我能行”的心态"
    ),
    (
        "Providing opportunities academically and socially for all children to enjoy and achieve "
        "their potential"
    ): "在学业和社交方面为所有儿童提供机会，让他们享受学习并发挥自己的潜能",
    "Developing children’s understanding and experience of lifelong learning": (
        "加深儿童对终身学习的理解和体验"
    ),
    "Creative, relevant, shared curriculum and resourcing": "富有创意、切合实际、共享的课程与资源",
    "Belonging to a larger community.": "归属于一个更大的社区。",
    "Curriculum Enrichment": "丰富课程",
    "Embedding elements of collaborative and co-operative learning into the curriculum": (
        "将协作学习和合作学习的元素融入课程"
    ),
    "Supporting all children to have equal access to the latest ICT/ Learning Technology": (
        "支持所有儿童平等地使用最新的信息与通信技术（ICT）/ 学习技术"
    ),
    "Deepened understanding about work opportunities + areas + skills": (
        "加深对工作机会 + 领域 + 技能的了解"
    ),
    (
        "Enriching learning opportunities through the development of partnerships and the "
        "involvement of partners in the curriculum"
    ): "通过发展伙伴关系并让合作伙伴参与课程，丰富学习机会",
    "Sharing staff expertise across the trust schools and partners": (
        "在信托各校和合作伙伴之间分享员工的专长"
    ),
    (
        "Providing the widest possible range of opportunities for the trust through schools and "
        "partners"
    ): "通过各校和合作伙伴，为本信托提供尽可能广泛的机会",
    "Regular programme of sports competitions": "定期举办的体育比赛",
    (
        "Regular programme of other curriculum based competitions e.g. art, chess, science and "
        "engineering"
    ): "定期举办的其他与课程相关的比赛，例如艺术、国际象棋、科学和工程",
    "Experiences/ development of workforce skills": "职场技能的体验 / 培养",
    "Development of work experience": "发展工作实习（work experience）",
    (
        "Develop a group approach to achieving ‘good practice’ awards e.g. Eco schools, Healthy "
        "Schools, International Awards etc"
    ): "以集体方式争取“良好实践”奖项，例如 Eco schools、Healthy Schools、International Awards 等",
    "Shared learning experiences/ projects for all learners (stakeholder groups)": (
        "面向所有学习者（各利益相关群体）的共享学习体验 / 项目"
    ),
    "Rewarding the achievements of all learners including adults": (
        "表彰所有学习者（包括成年人）的成就"
    ),
    "Effective skilled and positive Citizenship programmes": "有效、专业且积极的公民教育项目",
    "Financial": "财务",
    "Co-ordinating 'funding opportunities' to widen 'learning opportunities'.": (
        "协调“资助机会”，以扩大“学习机会”。"
    ),
    "Support": "支持",
    (
        "Provide parent education to help parents and carers to have the skills and knowledge to "
        "support their children’s learning in school and at home (Tailored to meet needs of our "
        "community supported by partners)"
    ): (
        "提供家长教育，帮助家长和监护人掌握在学校和家中支持孩子学习所需的技能和知识（根据我们社区的"
        "需要量身定制，并由合作伙伴提供支持）"
    ),
    "Support pupil wellbeing through access to partner advice and resources": (
        "通过获取合作伙伴的建议和资源，支持学生的身心福祉"
    ),
    "Membership benefits for all learners and children.": "为所有学习者和儿童提供会员福利。",
    "Information": "信息",
    (
        "Share data to identify shared intervention and resources needed to raise attainment and "
        "progress"
    ): "共享数据，以确定提高学业成绩和进步所需的共同干预措施和资源",
    "Develop learning for life": "培养受益终身的学习",
    "Strong school - parental relationships": "学校与家长之间的牢固关系",
    "Share a common understanding – investors in education and their child’s future": (
        "达成共识——作为教育和孩子未来的投资者"
    ),
    (
        "Positive influential voice harnessed to impact on learning e.g. PTA’s, Governors,  "
        "Stakeholders Forum, Trustees etc"
    ): (
        "善用积极而有影响力的声音来促进学习，例如 PTA（家长教师协会）、校董（Governors）、"
        "利益相关者论坛、信托理事（Trustees）等"
    ),
    "Facilitation of the provision of support services": "为提供支持服务创造便利",
    "Strong community links to aid ‘at risk’ families to achieve positive outcomes": (
        "与社区建立牢固联系，帮助“处于风险中”的家庭取得积极成果"
    ),
    "Develop a culture of high attendance and high value of education": (
        "培养高出勤率和高度重视教育的文化"
    ),
    "Diversity and commonality are celebrated": "多样性与共同点都得到颂扬",
    (
        "Draw on the skills and celebrate the diversity of our community through international "
        "week celebrations"
    ): "通过国际周庆祝活动，借助我们社区的技能并庆祝其多样性",
    "Identify membership and other benefits to reduce financial pressures on parents and carers": (
        "确定会员福利及其他福利，以减轻家长和监护人的经济压力"
    ),
    "Access to a wide variety of low cost training, social and health activities": (
        "可参加各种各样低成本的培训、社交和健康活动"
    ),
    "Access to health and well being resources to avoid crisis": (
        "可获取健康与身心福祉资源，以避免危机"
    ),
    "Promote high self esteem/ self worth through communication": "通过沟通提升自尊 / 自我价值感",
    (
        "Trustwide ‘one stop shop’ to facilitate parental enquiries e.g. health, welfare, housing, "
        "legal and financial"
    ): (
        "覆盖全信托的“一站式服务点”（one stop shop），方便家长咨询，例如健康、福利、住房、"
        "法律和财务方面的问题"
    ),
    (
        "Consolidate and develop current trust partnerships for the mutual benefit of the Trust "
        "and trust partners"
    ): "巩固并发展本信托现有的伙伴关系，使本信托及其合作伙伴互惠互利",
    (
        "Identify and develop new trust partnerships to fulfil the vision and meet the aims of the "
        "Trust"
    ): "发掘并发展本信托新的伙伴关系，以实现本信托的愿景和目标",
    "Pedagogy": "教学法",
    (
        "To develop a shared understanding of the pedagogy for the learning journey from EYFS to "
        "KS4 and beyond"
    ): (
        "就从 EYFS（早期基础阶段，5岁以下）到 KS4（第四关键阶段，14-16岁）及以后的整个学习历程，"
        "形成对教学法的共同理解"
    ),
    "Staffing": "人员配置",
    "Linked staffing structures to support teachers pedagogy and practice": (
        "相互关联的人员架构，以支持教师的教学法和教学实践"
    ),
    (
        "Cross school leadership work to solve specific issues – using leadership expertise in the "
        "trust. Greater leadership experience and skill set including leadership expertise of "
        "partners"
    ): (
        "跨校领导层合作，解决具体问题——运用本信托内部的领导专长。更丰富的领导经验和技能组合，"
        "包括合作伙伴的领导专长"
    ),
    "Mental Health and Wellbeing Support": "心理健康与身心福祉支持",
    "Identified network of support for staff members": "为教职员工确定的支持网络",
    "Professional Development": "专业发展",
    "Staff supporting each other across the Trust to achieve outcomes": (
        "全信托的教职员工相互支持，以取得成果"
    ),
    "Shared training across the trust – internal/ external/ national": (
        "全信托共享培训——内部 / 外部 / 全国性"
    ),
    "National and International experience opportunities including cooperative links": (
        "国内和国际的历练机会，包括与合作社之间的联系"
    ),
    "Coaching network across the schools": "各校之间的辅导（coaching）网络",
    "Shared learning projects working with partners": "与合作伙伴共同开展的学习项目",
    "Expertise in staffing identified across the Trust and used for development": (
        "在全信托范围内发掘员工的专长，并用于发展"
    ),
    "Development opportunities without having to leave the Trust.": (
        "无需离开本信托即可获得的发展机会。"
    ),
    "Resources - Networks in place": "资源 - 现有网络",
    "Curriculum support groups": "课程支持小组",
    "Behaviour support and provision": "行为支持与相关服务",
    "EAL shared support": "EAL（英语作为附加语言）共享支持",
    (
        "Networks – develop networks with a wider perspective/ set of skills to offer support and "
        "development from outside of the City"
    ): "网络——发展具有更广阔视野 / 更多技能的网络，从本市以外提供支持与发展",
    "Continguency and succession planning – using resources within the Trust.": (
        "应急规划和接任规划——利用本信托内部的资源。"
    ),
    "History": "历史",
    "Schools": "学校",
    "Partners": "合作伙伴",
    "Aims": "目标",
    "Vision": "愿景",
    "Vision updates": "愿景动态",
    "Accessibility statement": "无障碍声明",
    "Privacy notice": "隐私声明",
}
