"""Spanish draft translations of the trust's words, keyed by English. Awaiting review."""

STRINGS = {
    "Together we seek to:": "Juntos buscamos:",
    (
        "Develop positive contributors to the wider community who are confident, caring, well "
        "rounded, responsible citizens with high self-esteem and a sense of responsibility to "
        "their community and the wider world"
    ): (
        "Formar personas que contribuyan de forma positiva a la comunidad en general y que sean "
        "ciudadanos seguros de sí mismos, atentos con los demás, equilibrados y responsables, con "
        "una autoestima alta y sentido de la responsabilidad hacia su comunidad y el mundo en "
        "general"
    ),
    (
        "Celebrate the diversity of our members, our community, and the wider world, promoting "
        "flexibility, enjoyment, a love of learning and community cohesion"
    ): (
        "Celebrar la diversidad de nuestros miembros, de nuestra comunidad y del mundo en general, "
        "promoviendo la flexibilidad, el disfrute, el amor por el aprendizaje y la cohesión de la "
        "comunidad"
    ),
    (
        "Encourage enterprising, responsible risk taking attitudes whereby skills, knowledge and "
        "learning are applied in a diversity of settings"
    ): (
        "Fomentar actitudes emprendedoras y la asunción responsable de riesgos, de modo que las "
        "habilidades, los conocimientos y el aprendizaje se apliquen en una diversidad de contextos"
    ),
    (
        "Collaborate through open dialogue to develop our outward facing organisations in a way "
        "which is supportive of our family of schools"
    ): (
        "Colaborar mediante el diálogo abierto para desarrollar nuestras organizaciones, abiertas "
        "al exterior, de una manera que apoye a nuestra familia de escuelas"
    ),
    "The key aims of our Trust are:": "Los objetivos principales de nuestro Trust son:",
    (
        "The advancement of education for the benefit of the public, in particular for the benefit "
        "of the Schools and academies of the Trust, and any other school or educational "
        "organisations for whom it acts as a Charitable Foundation or with whom it works in "
        "partnership or collaboration, whether formally or not"
    ): (
        "El avance de la educación en beneficio del público, en particular en beneficio de las "
        "escuelas y academias del Trust y de cualquier otra escuela u organización educativa para "
        "la que actúe como fundación benéfica o con la que trabaje en alianza o colaboración, de "
        "manera formal o no"
    ),
    (
        "To deliver and further enhance high educational standards and raise children’s and young "
        "people’s aspirations and achievements"
    ): (
        "Ofrecer y seguir mejorando un alto nivel educativo y elevar las aspiraciones y los logros "
        "de los niños y los jóvenes"
    ),
    (
        "To strengthen collaboration and contribute to community cohesion by delivering improved "
        "services and creating an environment in which children, young people and the diverse "
        "community have access to wide ranging opportunities promoting British Values"
    ): (
        "Reforzar la colaboración y contribuir a la cohesión de la comunidad prestando mejores "
        "servicios y creando un entorno en el que los niños, los jóvenes y la diversa comunidad "
        "tengan acceso a una amplia variedad de oportunidades que promuevan los valores británicos "
        "(British Values)"
    ),
    "To promote and apply shared cooperative values and principles": (
        "Promover y aplicar valores y principios cooperativos compartidos"
    ),
    (
        "To support partner businesses and community organisations’ involvement in promoting "
        "community cohesion and education to raise standards and aspirations"
    ): (
        "Apoyar la participación de las empresas asociadas y de las organizaciones comunitarias en "
        "la promoción de la cohesión de la comunidad y de la educación, para elevar el nivel y las "
        "aspiraciones"
    ),
    (
        "To develop mutually beneficial links between schools, education and community service "
        "providers, partner businesses and community organisations"
    ): (
        "Desarrollar vínculos mutuamente beneficiosos entre escuelas, proveedores de servicios "
        "educativos y comunitarios, empresas asociadas y organizaciones comunitarias"
    ),
    (
        "To support and collaborate with the partner schools, academies, education and community "
        "service providers and their Governing Bodies in the achievement of their aims, vision and "
        "values"
    ): (
        "Apoyar a las escuelas asociadas, las academias, los proveedores de servicios educativos y "
        "comunitarios y sus órganos de gobierno (Governing Bodies), y colaborar con ellos, en el "
        "logro de sus objetivos, visión y valores"
    ),
    "Vision for staff": "Visión para el personal",
    "Vision for children and learners": "Visión para los niños y los alumnos",
    "Vision for our families and the local community": (
        "Visión para nuestras familias y la comunidad local"
    ),
    "Vision for partners": "Visión para los socios",
    "The History Of Southampton Co-operative Learning Trust": (
        "La historia del Southampton Co-operative Learning Trust"
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
        "El Trust nació en 2011. Se basó en la “agrupación” de Regent’s Park, es decir, Regent’s "
        "Park Secondary y las escuelas primarias cuyos alumnos pasaban a ella. Al ser un trust de "
        "fundación (foundation trust) – y no un trust de academias (academy trust) – sus escuelas "
        "siguieron financiándose a través de la autoridad local, pero los terrenos y los edificios "
        "se transfirieron de la autoridad local al Trust. La propiedad compartida de estos bienes "
        "ayudó a unir a las escuelas y también a protegerlas de la conversión forzosa en "
        "academias, algo que parecía muy probable en aquel momento y que sigue siendo una "
        "posibilidad."
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
        "Al principio se llamaba Regent’s Park Learning Trust y sus miembros eran Regent’s Park, "
        "Foundry Lane Primary, Banister Infant and Nursery y St John’s Primary and Nursery. "
        "Freemantle Primary y St Mark’s Primary no pudieron unirse formalmente porque sus terrenos "
        "pertenecían a la Iglesia de Inglaterra; sin embargo, se convirtieron en socias al año "
        "siguiente. The Polygon School se unió al Trust como miembro de pleno derecho en 2016. Ese "
        "mismo año, el nombre se cambió a Southampton Cooperative Learning Trust, para reflejar "
        "nuestra identidad más amplia. Banister Infant and Nursery pasó a ser una escuela primaria "
        "en 2002 y, más recientemente, St Mark’s Primary se ha reconstruido como una escuela que "
        "abarca todas las etapas educativas (all-through), para edades de 3-16 años."
    ),
    (
        "We have always sought to build partnerships with other organisations in the wider "
        "community. Over the last 11 years our formal and informal partners have included:"
    ): (
        "Siempre hemos procurado establecer alianzas con otras organizaciones de la comunidad en "
        "general. En los últimos 11 años, entre nuestros socios formales e informales han estado:"
    ),
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge. We are beginning to build links with these, based on our shared belief "
        "that through cooperation we can create a better future for our children and communities."
    ): (
        "Desde 2011 se han creado en Southampton otros tres trusts cooperativos de escuelas: "
        "Aspire, Reach y Bridge. Estamos empezando a establecer vínculos con ellos, basándonos en "
        "nuestra convicción compartida de que, mediante la cooperación, podemos crear un futuro "
        "mejor para nuestros niños y nuestras comunidades."
    ),
    (
        "The Southampton Co-operative Learning Trust has a shared identity through our commitment "
        "to safe and secure environments which strengthen and sustain high standards and "
        "achievement for the communities we serve."
    ): (
        "El Southampton Co-operative Learning Trust tiene una identidad compartida gracias a "
        "nuestro compromiso con entornos seguros y protegidos que refuerzan y mantienen altos "
        "niveles de calidad y de logros para las comunidades a las que servimos."
    ),
    "Total Coverage": "Total Coverage",
    "Total Coverage, a design co-operative": "Total Coverage, una cooperativa de diseño",
    "The WEA": "The WEA",
    "The WEA – Workers Educational Association – our most long-running partnership": (
        "The WEA – Workers Educational Association (Asociación para la Educación de los "
        "Trabajadores) – nuestra colaboración más duradera"
    ),
    "Solent EBP": "Solent EBP",
    "Solent EBP (Enterprise Business Partners)": (
        "Solent EBP (Enterprise Business Partners – socios del mundo empresarial)"
    ),
    "No Limits": "No Limits",
    "No Limits (Southampton Charity for Young People)": (
        "No Limits (organización benéfica de Southampton para jóvenes)"
    ),
    "Solent University": "Solent University",
    "Southampton University": "Southampton University",
    "Southampton University (School-University Partnership)": (
        "Southampton University (colaboración entre escuelas y universidad)"
    ),
    (
        "Southampton Co-operative Learning Trust has established long-term sustainable "
        "partnerships with other local settings in order to support and deliver outstanding "
        "localised, coordinated, provision for children and young people aged 3-18 years and the "
        "wider community."
    ): (
        "El Southampton Co-operative Learning Trust ha establecido alianzas sostenibles y a largo "
        "plazo con otros centros locales para apoyar y ofrecer una atención excelente, local y "
        "coordinada a niños y jóvenes de 3-18 años y a la comunidad en general."
    ),
    "Regent’s Park": "Regent’s Park",
    (
        "At first it was called the Regent’s Park Learning Trust and its members were Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and Nursery."
    ): (
        "Al principio se llamaba Regent’s Park Learning Trust y sus miembros eran Regent’s Park, "
        "Foundry Lane Primary, Banister Infant and Nursery y St John’s Primary and Nursery."
    ),
    "Foundry Lane Primary": "Foundry Lane Primary",
    "Banister": "Banister",
    "Banister Infant and Nursery became a primary school in 2002.": (
        "Banister Infant and Nursery pasó a ser una escuela primaria en 2002."
    ),
    "St John’s Primary and Nursery": "St John’s Primary and Nursery",
    "The Polygon School": "The Polygon School",
    "The Polygon School joined the Trust as full members in 2016.": (
        "The Polygon School se unió al Trust como miembro de pleno derecho en 2016."
    ),
    "Freemantle Primary": "Freemantle Primary",
    (
        "Freemantle Primary and St Mark’s Primary could not join formally because the Church of "
        "England owned their land, however they became partners the following year."
    ): (
        "Freemantle Primary y St Mark’s Primary no pudieron unirse formalmente porque sus terrenos "
        "pertenecían a la Iglesia de Inglaterra; sin embargo, se convirtieron en socias al año "
        "siguiente."
    ),
    "St Mark’s": "St Mark’s",
    "St Mark’s Primary has been rebuilt as an all-through 3-16 school.": (
        "St Mark’s Primary se ha reconstruido como una escuela que abarca todas las etapas "
        "educativas (all-through), para edades de 3-16 años."
    ),
    "Aspire": "Aspire",
    "Reach": "Reach",
    "Bridge": "Bridge",
    "2002": "2002",
    "2011": "2011",
    "The Trust came into being in 2011.": "El Trust nació en 2011.",
    "2012": "2012",
    "2016": "2016",
    (
        "In that same year, the name was changed to the Southampton Cooperative Learning Trust, to "
        "reflect our wider identity."
    ): (
        "Ese mismo año, el nombre se cambió a Southampton Cooperative Learning Trust, para "
        "reflejar nuestra identidad más amplia."
    ),
    "More recently": "Más recientemente",
    "Since 2011": "Desde 2011",
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge."
    ): (
        "Desde 2011 se han creado en Southampton otros tres trusts cooperativos de escuelas: "
        "Aspire, Reach y Bridge."
    ),
    "Southampton Co-operative Learning Trust": "Southampton Co-operative Learning Trust",
    "Aspirations": "Aspiraciones",
    "Creating an umbrella to challenge underachievement and disengagement to raise aspirations": (
        "Crear un “paraguas” para combatir el rendimiento por debajo de las capacidades y la falta "
        "de implicación, y así elevar las aspiraciones"
    ),
    "Promoting an ‘I can do’ mentality in a changing technological world": (
        "Promover una mentalidad de “yo puedo” en un mundo tecnológico en constante cambio"
    ),
    (
        "Providing opportunities academically and socially for all children to enjoy and achieve "
        "their potential"
    ): (
        "Ofrecer oportunidades, en lo académico y en lo social, para que todos los niños disfruten "
        "y alcancen su potencial"
    ),
    "Developing children’s understanding and experience of lifelong learning": (
        "Desarrollar la comprensión y la experiencia de los niños sobre el aprendizaje a lo largo "
        "de la vida"
    ),
    "Creative, relevant, shared curriculum and resourcing": (
        "Currículo y recursos creativos, pertinentes y compartidos"
    ),
    "Belonging to a larger community.": "Pertenecer a una comunidad más amplia.",
    "Curriculum Enrichment": "Enriquecimiento del currículo",
    "Embedding elements of collaborative and co-operative learning into the curriculum": (
        "Incorporar al currículo elementos de aprendizaje colaborativo y cooperativo"
    ),
    "Supporting all children to have equal access to the latest ICT/ Learning Technology": (
        "Ayudar a todos los niños a tener igualdad de acceso a las tecnologías de la información y "
        "la comunicación (ICT) / tecnologías del aprendizaje más recientes"
    ),
    "Deepened understanding about work opportunities + areas + skills": (
        "Un conocimiento más profundo de las oportunidades laborales + áreas + habilidades"
    ),
    (
        "Enriching learning opportunities through the development of partnerships and the "
        "involvement of partners in the curriculum"
    ): (
        "Enriquecer las oportunidades de aprendizaje mediante el desarrollo de alianzas y la "
        "participación de los socios en el currículo"
    ),
    "Sharing staff expertise across the trust schools and partners": (
        "Compartir los conocimientos especializados del personal entre las escuelas del Trust y "
        "los socios"
    ),
    (
        "Providing the widest possible range of opportunities for the trust through schools and "
        "partners"
    ): (
        "Ofrecer la mayor variedad posible de oportunidades para el Trust a través de las escuelas "
        "y los socios"
    ),
    "Regular programme of sports competitions": "Programa regular de competiciones deportivas",
    (
        "Regular programme of other curriculum based competitions e.g. art, chess, science and "
        "engineering"
    ): (
        "Programa regular de otros concursos relacionados con el currículo, por ejemplo, de arte, "
        "ajedrez, ciencias e ingeniería"
    ),
    "Experiences/ development of workforce skills": (
        "Experiencias / desarrollo de habilidades laborales"
    ),
    "Development of work experience": "Desarrollo de prácticas en empresas (work experience)",
    (
        "Develop a group approach to achieving ‘good practice’ awards e.g. Eco schools, Healthy "
        "Schools, International Awards etc"
    ): (
        "Desarrollar un enfoque de grupo para obtener premios de “buenas prácticas”, por ejemplo, "
        "Eco schools, Healthy Schools, International Awards, etc."
    ),
    "Shared learning experiences/ projects for all learners (stakeholder groups)": (
        "Experiencias / proyectos de aprendizaje compartidos para todos los alumnos (grupos de "
        "partes interesadas)"
    ),
    "Rewarding the achievements of all learners including adults": (
        "Premiar los logros de todos los alumnos, incluidos los adultos"
    ),
    "Effective skilled and positive Citizenship programmes": (
        "Programas de educación para la ciudadanía eficaces, bien preparados y positivos"
    ),
    "Financial": "Finanzas",
    "Co-ordinating 'funding opportunities' to widen 'learning opportunities'.": (
        "Coordinar las “oportunidades de financiación” para ampliar las “oportunidades de "
        "aprendizaje”."
    ),
    "Support": "Apoyo",
    (
        "Provide parent education to help parents and carers to have the skills and knowledge to "
        "support their children’s learning in school and at home (Tailored to meet needs of our "
        "community supported by partners)"
    ): (
        "Ofrecer formación para padres, para ayudar a los padres y cuidadores a tener las "
        "habilidades y los conocimientos necesarios para apoyar el aprendizaje de sus hijos en la "
        "escuela y en casa (adaptada a las necesidades de nuestra comunidad, con el apoyo de los "
        "socios)"
    ),
    "Support pupil wellbeing through access to partner advice and resources": (
        "Apoyar el bienestar de los alumnos mediante el acceso al asesoramiento y los recursos de "
        "los socios"
    ),
    "Membership benefits for all learners and children.": (
        "Ventajas de ser miembro para todos los alumnos y niños."
    ),
    "Information": "Información",
    (
        "Share data to identify shared intervention and resources needed to raise attainment and "
        "progress"
    ): (
        "Compartir datos para identificar las intervenciones y los recursos comunes necesarios "
        "para mejorar los resultados y el progreso"
    ),
    "Develop learning for life": "Desarrollar el aprendizaje para la vida",
    "Strong school - parental relationships": "Relaciones sólidas entre la escuela y los padres",
    "Share a common understanding – investors in education and their child’s future": (
        "Compartir una visión común – inversores en la educación y en el futuro de su hijo"
    ),
    (
        "Positive influential voice harnessed to impact on learning e.g. PTA’s, Governors,  "
        "Stakeholders Forum, Trustees etc"
    ): (
        "Una voz positiva e influyente, aprovechada para influir en el aprendizaje, por ejemplo, "
        "PTA (asociaciones de padres y profesores), miembros de los órganos de gobierno de las "
        "escuelas (Governors), Foro de Partes Interesadas, administradores del Trust (Trustees), "
        "etc."
    ),
    "Facilitation of the provision of support services": (
        "Facilitar la prestación de servicios de apoyo"
    ),
    "Strong community links to aid ‘at risk’ families to achieve positive outcomes": (
        "Vínculos sólidos con la comunidad para ayudar a las familias “en riesgo” a lograr "
        "resultados positivos"
    ),
    "Develop a culture of high attendance and high value of education": (
        "Desarrollar una cultura de alta asistencia y de gran valoración de la educación"
    ),
    "Diversity and commonality are celebrated": (
        "Se celebran la diversidad y lo que tenemos en común"
    ),
    (
        "Draw on the skills and celebrate the diversity of our community through international "
        "week celebrations"
    ): (
        "Aprovechar las habilidades y celebrar la diversidad de nuestra comunidad mediante las "
        "celebraciones de la semana internacional"
    ),
    "Identify membership and other benefits to reduce financial pressures on parents and carers": (
        "Identificar las ventajas de ser miembro y otros beneficios para reducir las presiones "
        "económicas sobre los padres y cuidadores"
    ),
    "Access to a wide variety of low cost training, social and health activities": (
        "Acceso a una gran variedad de formación y de actividades sociales y de salud de bajo coste"
    ),
    "Access to health and well being resources to avoid crisis": (
        "Acceso a recursos de salud y bienestar para evitar situaciones de crisis"
    ),
    "Promote high self esteem/ self worth through communication": (
        "Fomentar una alta autoestima / el sentido del propio valor mediante la comunicación"
    ),
    (
        "Trustwide ‘one stop shop’ to facilitate parental enquiries e.g. health, welfare, housing, "
        "legal and financial"
    ): (
        "Una “ventanilla única” (one stop shop) para todo el Trust, que facilite las consultas de "
        "los padres, por ejemplo, sobre salud, asistencia social, vivienda y asuntos legales y "
        "económicos"
    ),
    (
        "Consolidate and develop current trust partnerships for the mutual benefit of the Trust "
        "and trust partners"
    ): (
        "Consolidar y desarrollar las alianzas actuales del Trust en beneficio mutuo del Trust y "
        "de sus socios"
    ),
    (
        "Identify and develop new trust partnerships to fulfil the vision and meet the aims of the "
        "Trust"
    ): (
        "Identificar y desarrollar nuevas alianzas del Trust para hacer realidad la visión y "
        "alcanzar los objetivos del Trust"
    ),
    "Pedagogy": "Pedagogía",
    (
        "To develop a shared understanding of the pedagogy for the learning journey from EYFS to "
        "KS4 and beyond"
    ): (
        "Desarrollar una comprensión compartida de la pedagogía a lo largo de todo el recorrido de "
        "aprendizaje, desde EYFS (primera infancia, hasta los 5 años) hasta KS4 (etapa clave 4, de "
        "14-16 años) y más allá"
    ),
    "Staffing": "Personal",
    "Linked staffing structures to support teachers pedagogy and practice": (
        "Estructuras de personal conectadas para apoyar la pedagogía y la práctica docente del "
        "profesorado"
    ),
    (
        "Cross school leadership work to solve specific issues – using leadership expertise in the "
        "trust. Greater leadership experience and skill set including leadership expertise of "
        "partners"
    ): (
        "Trabajo conjunto de los equipos directivos de las escuelas para resolver problemas "
        "concretos, aprovechando la experiencia en dirección que existe en el Trust. Mayor "
        "experiencia y más competencias de dirección, incluida la experiencia en dirección de los "
        "socios"
    ),
    "Mental Health and Wellbeing Support": "Apoyo a la salud mental y al bienestar",
    "Identified network of support for staff members": (
        "Una red de apoyo definida para los miembros del personal"
    ),
    "Professional Development": "Desarrollo profesional",
    "Staff supporting each other across the Trust to achieve outcomes": (
        "Personal de todo el Trust que se apoya mutuamente para lograr resultados"
    ),
    "Shared training across the trust – internal/ external/ national": (
        "Formación compartida en todo el Trust – interna / externa / nacional"
    ),
    "National and International experience opportunities including cooperative links": (
        "Oportunidades de experiencia a nivel nacional e internacional, incluidos vínculos con el "
        "movimiento cooperativo"
    ),
    "Coaching network across the schools": "Red de coaching entre las escuelas",
    "Shared learning projects working with partners": (
        "Proyectos de aprendizaje compartidos, realizados con los socios"
    ),
    "Expertise in staffing identified across the Trust and used for development": (
        "Conocimientos especializados del personal identificados en todo el Trust y utilizados "
        "para el desarrollo"
    ),
    "Development opportunities without having to leave the Trust.": (
        "Oportunidades de desarrollo sin necesidad de dejar el Trust."
    ),
    "Resources - Networks in place": "Recursos - redes existentes",
    "Curriculum support groups": "Grupos de apoyo al currículo",
    "Behaviour support and provision": "Apoyo y medidas en materia de comportamiento",
    "EAL shared support": "Apoyo compartido de EAL (inglés como lengua adicional)",
    (
        "Networks – develop networks with a wider perspective/ set of skills to offer support and "
        "development from outside of the City"
    ): (
        "Redes – desarrollar redes con una perspectiva / un conjunto de competencias más amplio "
        "para ofrecer apoyo y desarrollo desde fuera de la ciudad"
    ),
    "Continguency and succession planning – using resources within the Trust.": (
        "Planificación de contingencias y de la sucesión en los puestos – utilizando recursos del "
        "propio Trust."
    ),
    "History": "Historia",
    "Schools": "Escuelas",
    "Partners": "Socios",
    "Aims": "Objetivos",
    "Vision": "Visión",
    "Vision updates": "Novedades sobre la visión",
    "Accessibility statement": "Declaración de accesibilidad",
    "Privacy notice": "Aviso de privacidad",
}
