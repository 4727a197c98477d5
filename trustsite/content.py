"""The trust's own words, as structured content for `load_trust_content`.

Transcribed word for word from the trust's page (see tests/data/seed_001.txt,
which the content test checks the site against). Nothing here is invented:
fields the text does not give (addresses, heads, phone numbers) are absent.
"""

TRUST_NAME = "Southampton Co-operative Learning Trust"

HISTORY_HEADING = "The History Of Southampton Co-operative Learning Trust"

HISTORY_PARAGRAPHS = [
    "The Trust came into being in 2011. It was based on the Regent’s Park ‘cluster’, i.e. Regent’s "
    "Park Secondary and the primary schools that fed into it. As a foundation trust – not an "
    "academy "
    "trust – its schools continued to be financed through the local authority, but the land and "
    "buildings were transferred from the local authority to the Trust. Mutual ownership of the "
    "properties helped to tie the schools together, and also to protect them from forced "
    "academisation – something that was looking very likely at the time, and is still a "
    "possibility.",
    "At first it was called the Regent’s Park Learning Trust and its members were Regent’s Park, "
    "Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and Nursery. "
    "Freemantle "
    "Primary and St Mark’s Primary could not join formally because the Church of England owned "
    "their "
    "land, however they became partners the following year. The Polygon School joined the Trust as "
    "full members in 2016. In that same year, the name was changed to the Southampton Cooperative "
    "Learning Trust, to reflect our wider identity. Banister Infant and Nursery became a primary "
    "school in 2002, and more recently St Mark’s Primary has been rebuilt as an all-through 3-16 "
    "school.",
    "We have always sought to build partnerships with other organisations in the wider community. "
    "Over the last 11 years our formal and informal partners have included:",
    "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
    "Reach "
    "and Bridge. We are beginning to build links with these, based on our shared belief that "
    "through "
    "cooperation we can create a better future for our children and communities.",
]

PARTNER_BULLETS = [
    "Total Coverage, a design co-operative",
    "The WEA – Workers Educational Association – our most long-running partnership",
    "Solent EBP (Enterprise Business Partners)",
    "No Limits (Southampton Charity for Young People)",
    "Solent University",
    "Southampton University (School-University Partnership)",
]

IDENTITY_STATEMENT = (
    "The Southampton Co-operative Learning Trust has a shared identity through our commitment to "
    "safe "
    "and secure environments which strengthen and sustain high standards and achievement for the "
    "communities we serve."
)

PARTNERSHIPS_STATEMENT = (
    "Southampton Co-operative Learning Trust has established long-term sustainable partnerships "
    "with "
    "other local settings in order to support and deliver outstanding localised, coordinated, "
    "provision for children and young people aged 3-18 years and the wider community."
)

AIMS_LISTS = [
    {
        "heading": "Together we seek to:",
        "lead": "",
        "items": [
            "Develop positive contributors to the wider community who are confident, caring, well "
            "rounded, responsible citizens with high self-esteem and a sense of responsibility to "
            "their community and the wider world",
            "Celebrate the diversity of our members, our community, and the wider world, promoting "
            "flexibility, enjoyment, a love of learning and community cohesion",
            "Encourage enterprising, responsible risk taking attitudes whereby skills, knowledge "
            "and learning are applied in a diversity of settings",
            "Collaborate through open dialogue to develop our outward facing organisations in a "
            "way which is supportive of our family of schools",
        ],
    },
    {
        "heading": "The key aims of our Trust are:",
        "lead": "",
        "items": [
            "The advancement of education for the benefit of the public, in particular for the "
            "benefit of the Schools and academies of the Trust, and any other school or "
            "educational organisations for whom it acts as a Charitable Foundation or with whom it "
            "works in partnership or collaboration, whether formally or not",
            "To deliver and further enhance high educational standards and raise children’s and "
            "young people’s aspirations and achievements",
            "To strengthen collaboration and contribute to community cohesion by delivering "
            "improved services and creating an environment in which children, young people and the "
            "diverse community have access to wide ranging opportunities promoting British Values",
            "To promote and apply shared cooperative values and principles",
            "To support partner businesses and community organisations’ involvement in promoting "
            "community cohesion and education to raise standards and aspirations",
            "To develop mutually beneficial links between schools, education and community service "
            "providers, partner businesses and community organisations",
            "To support and collaborate with the partner schools, academies, education and "
            "community service providers and their Governing Bodies in the achievement of their "
            "aims, vision and values",
        ],
    },
]

VISION_STAFF = [
    {
        "heading": "Pedagogy",
        "lead": "",
        "items": [
            "To develop a shared understanding of the pedagogy for the learning journey from EYFS "
            "to KS4 and beyond"
        ],
    },
    {
        "heading": "Staffing",
        "lead": "",
        "items": [
            "Linked staffing structures to support teachers pedagogy and practice",
            "Cross school leadership work to solve specific issues – using leadership expertise in "
            "the trust. Greater leadership experience and skill set including leadership expertise "
            "of partners",
        ],
    },
    {
        "heading": "Mental Health and Wellbeing Support",
        "lead": "",
        "items": ["Identified network of support for staff members"],
    },
    {
        "heading": "Professional Development",
        "lead": "",
        "items": [
            "Staff supporting each other across the Trust to achieve outcomes",
            "Shared training across the trust – internal/ external/ national",
            "National and International experience opportunities including cooperative links",
            "Coaching network across the schools",
            "Shared learning projects working with partners",
            "Expertise in staffing identified across the Trust and used for development",
            "Development opportunities without having to leave the Trust.",
        ],
    },
    {
        "heading": "Resources - Networks in place",
        "lead": "",
        "items": [
            "Curriculum support groups",
            "Behaviour support and provision",
            "EAL shared support",
            "Networks – develop networks with a wider perspective/ set of skills to offer support "
            "and development from outside of the City",
            "Continguency and succession planning – using resources within the Trust.",
        ],
    },
]

VISION_CHILDREN = [
    {
        "heading": "Aspirations",
        "lead": "",
        "items": [
            "Creating an umbrella to challenge underachievement and disengagement to raise "
            "aspirations",
            "Promoting an ‘I can do’ mentality in a changing technological world",
            "Providing opportunities academically and socially for all children to enjoy and "
            "achieve their potential",
            "Developing children’s understanding and experience of lifelong learning",
            "Creative, relevant, shared curriculum and resourcing",
            "Belonging to a larger community.",
        ],
    },
    {
        "heading": "Curriculum Enrichment",
        "lead": "",
        "items": [
            "Embedding elements of collaborative and co-operative learning into the curriculum",
            "Supporting all children to have equal access to the latest ICT/ Learning Technology",
            "Deepened understanding about work opportunities + areas + skills",
            "Enriching learning opportunities through the development of partnerships and the "
            "involvement of partners in the curriculum",
            "Sharing staff expertise across the trust schools and partners",
            "Providing the widest possible range of opportunities for the trust through schools "
            "and partners",
            "Regular programme of sports competitions",
            "Regular programme of other curriculum based competitions e.g. art, chess, science and "
            "engineering",
            "Experiences/ development of workforce skills",
            "Development of work experience",
            "Develop a group approach to achieving ‘good practice’ awards e.g. Eco schools, "
            "Healthy Schools, International Awards etc",
            "Shared learning experiences/ projects for all learners (stakeholder groups)",
            "Rewarding the achievements of all learners including adults",
            "Effective skilled and positive Citizenship programmes",
        ],
    },
    {
        "heading": "Financial",
        "lead": "",
        "items": ["Co-ordinating 'funding opportunities' to widen 'learning opportunities'."],
    },
    {
        "heading": "Support",
        "lead": "",
        "items": [
            "Provide parent education to help parents and carers to have the skills and knowledge "
            "to support their children’s learning in school and at home (Tailored to meet needs of "
            "our community supported by partners)",
            "Support pupil wellbeing through access to partner advice and resources",
            "Membership benefits for all learners and children.",
        ],
    },
    {
        "heading": "Information",
        "lead": "",
        "items": [
            "Share data to identify shared intervention and resources needed to raise attainment "
            "and progress"
        ],
    },
]

VISION_FAMILIES = [
    {
        "heading": "",
        "lead": "",
        "items": [
            "Develop learning for life",
            "Strong school - parental relationships",
            "Share a common understanding – investors in education and their child’s future",
            "Positive influential voice harnessed to impact on learning e.g. PTA’s, Governors,  "
            "Stakeholders Forum, Trustees etc",
            "Facilitation of the provision of support services",
            "Strong community links to aid ‘at risk’ families to achieve positive outcomes",
            "Develop a culture of high attendance and high value of education",
            "Diversity and commonality are celebrated",
            "Draw on the skills and celebrate the diversity of our community through international "
            "week celebrations",
            "Identify membership and other benefits to reduce financial pressures on parents and "
            "carers",
            "Access to a wide variety of low cost training, social and health activities",
            "Access to health and well being resources to avoid crisis",
            "Promote high self esteem/ self worth through communication",
            "Trustwide ‘one stop shop’ to facilitate parental enquiries e.g. health, welfare, "
            "housing, legal and financial",
        ],
    }
]

VISION_PARTNERS = [
    {
        "heading": "",
        "lead": "",
        "items": [
            "Consolidate and develop current trust partnerships for the mutual benefit of the "
            "Trust and trust partners",
            "Identify and develop new trust partnerships to fulfil the vision and meet the aims of "
            "the Trust",
        ],
    }
]

AUDIENCE_TITLES = [
    "Vision for staff",
    "Vision for children and learners",
    "Vision for our families and the local community",
    "Vision for partners",
]

# Sentences of the history that belong to particular schools, quoted from HISTORY_PARAGRAPHS.
_FOUNDERS = (
    "At first it was called the Regent’s Park Learning Trust and its members were Regent’s Park, "
    "Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and Nursery."
)
_CHURCH_PARTNERS = (
    "Freemantle Primary and St Mark’s Primary could not join formally because the Church of "
    "England owned their land, however they became partners the following year."
)
_POLYGON = "The Polygon School joined the Trust as full members in 2016."
_BANISTER = "Banister Infant and Nursery became a primary school in 2002"
_ST_MARKS = "St Mark’s Primary has been rebuilt as an all-through 3-16 school."

# The seven schools. Membership, year and phase are read off the history: the four
# founders joined in 2011, the two Church of England schools became partners "the
# following year" (2012), The Polygon School joined in 2016. Phase and age range are
# set only where the text gives them (names that say "Primary", "Regent’s Park
# Secondary", Banister's change, St Mark's rebuild). Nothing else is known.
SCHOOLS = [
    {
        "title": "Regent’s Park",
        "slug": "regents-park",
        "membership": "member",
        "joined_year": 2011,
        "phase": "secondary",
        "summary": [_FOUNDERS],
    },
    {
        "title": "Foundry Lane Primary",
        "slug": "foundry-lane-primary",
        "membership": "member",
        "joined_year": 2011,
        "phase": "primary",
        "summary": [_FOUNDERS],
    },
    {
        "title": "Banister",
        "slug": "banister",
        "membership": "member",
        "joined_year": 2011,
        "phase": "primary",
        "summary": [_FOUNDERS, _BANISTER + "."],
    },
    {
        "title": "St John’s Primary and Nursery",
        "slug": "st-johns-primary-and-nursery",
        "membership": "member",
        "joined_year": 2011,
        "phase": "primary",
        "summary": [_FOUNDERS],
    },
    {
        "title": "The Polygon School",
        "slug": "the-polygon-school",
        "membership": "member",
        "joined_year": 2016,
        "phase": "",
        "summary": [_POLYGON],
    },
    {
        "title": "Freemantle Primary",
        "slug": "freemantle-primary",
        "membership": "partner",
        "joined_year": 2012,
        "phase": "primary",
        "church_of_england": True,
        "summary": [_CHURCH_PARTNERS],
    },
    {
        "title": "St Mark’s",
        "slug": "st-marks",
        "membership": "partner",
        "joined_year": 2012,
        "phase": "all-through",
        "age_range": "3-16",
        "church_of_england": True,
        "summary": [_CHURCH_PARTNERS, _ST_MARKS],
    },
]

# Partner organisations: `description` is the trust's bullet word for word, left
# empty where the bullet is the name alone.
PARTNERS = [
    {"name": "Total Coverage", "description": PARTNER_BULLETS[0]},
    {"name": "The WEA", "description": PARTNER_BULLETS[1], "longest_running": True},
    {"name": "Solent EBP", "description": PARTNER_BULLETS[2]},
    {"name": "No Limits", "description": PARTNER_BULLETS[3]},
    {"name": "Solent University", "description": ""},
    {"name": "Southampton University", "description": PARTNER_BULLETS[5]},
]
SISTER_TRUSTS = ["Aspire", "Reach", "Bridge"]

# The timeline: each milestone is the trust's own sentence; "2012" is "the following year".
TIMELINE = [
    {"when": "2002", "year": 2002, "text": _BANISTER + "."},
    {"when": "2011", "year": 2011, "text": "The Trust came into being in 2011."},
    {"when": "2011", "year": 2011, "text": _FOUNDERS},
    {"when": "2012", "year": 2012, "text": _CHURCH_PARTNERS},
    {"when": "2016", "year": 2016, "text": _POLYGON},
    {
        "when": "2016",
        "year": 2016,
        "text": "In that same year, the name was changed to the Southampton Cooperative Learning "
        "Trust, to reflect our wider identity.",
    },
    {"when": "More recently", "year": None, "text": _ST_MARKS},
    {
        "when": "Since 2011",
        "year": None,
        "text": "Since 2011 three more cooperative schools trusts have been formed in Southampton: "
        "Aspire, Reach and Bridge.",
    },
]
