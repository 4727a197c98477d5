"""Portuguese draft translations of the trust's words, keyed by English. Awaiting review."""

STRINGS = {
    "Together we seek to:": "Juntos procuramos:",
    (
        "Develop positive contributors to the wider community who are confident, caring, well "
        "rounded, responsible citizens with high self-esteem and a sense of responsibility to "
        "their community and the wider world"
    ): (
        "Formar pessoas que contribuam positivamente para a comunidade em geral e que sejam "
        "cidadãos confiantes, atenciosos, equilibrados e responsáveis, com elevada autoestima e "
        "sentido de responsabilidade para com a sua comunidade e o mundo em geral"
    ),
    (
        "Celebrate the diversity of our members, our community, and the wider world, promoting "
        "flexibility, enjoyment, a love of learning and community cohesion"
    ): (
        "Celebrar a diversidade dos nossos membros, da nossa comunidade e do mundo em geral, "
        "promovendo a flexibilidade, o prazer, o gosto por aprender e a coesão da comunidade"
    ),
    (
        "Encourage enterprising, responsible risk taking attitudes whereby skills, knowledge and "
        "learning are applied in a diversity of settings"
    ): (
        "Incentivar atitudes empreendedoras e a capacidade de correr riscos de forma responsável, "
        "através das quais as competências, os conhecimentos e a aprendizagem são aplicados numa "
        "diversidade de contextos"
    ),
    (
        "Collaborate through open dialogue to develop our outward facing organisations in a way "
        "which is supportive of our family of schools"
    ): (
        "Colaborar através do diálogo aberto para desenvolver as nossas organizações, abertas ao "
        "exterior, de uma forma que apoie a nossa família de escolas"
    ),
    "The key aims of our Trust are:": "Os principais objetivos do nosso Trust são:",
    (
        "The advancement of education for the benefit of the public, in particular for the benefit "
        "of the Schools and academies of the Trust, and any other school or educational "
        "organisations for whom it acts as a Charitable Foundation or with whom it works in "
        "partnership or collaboration, whether formally or not"
    ): (
        "O progresso da educação em benefício do público, em especial em benefício das escolas e "
        "academias do Trust e de quaisquer outras escolas ou organizações educativas para as quais "
        "atue como fundação de beneficência ou com as quais trabalhe em parceria ou colaboração, "
        "formalmente ou não"
    ),
    (
        "To deliver and further enhance high educational standards and raise children’s and young "
        "people’s aspirations and achievements"
    ): (
        "Garantir e continuar a melhorar elevados padrões educativos e aumentar as aspirações e os "
        "resultados das crianças e dos jovens"
    ),
    (
        "To strengthen collaboration and contribute to community cohesion by delivering improved "
        "services and creating an environment in which children, young people and the diverse "
        "community have access to wide ranging opportunities promoting British Values"
    ): (
        "Reforçar a colaboração e contribuir para a coesão da comunidade, prestando melhores "
        "serviços e criando um ambiente em que as crianças, os jovens e a comunidade diversa "
        "tenham acesso a uma vasta gama de oportunidades que promovam os valores britânicos "
        "(British Values)"
    ),
    "To promote and apply shared cooperative values and principles": (
        "Promover e aplicar valores e princípios cooperativos comuns"
    ),
    (
        "To support partner businesses and community organisations’ involvement in promoting "
        "community cohesion and education to raise standards and aspirations"
    ): (
        "Apoiar o envolvimento das empresas parceiras e das organizações comunitárias na promoção "
        "da coesão da comunidade e da educação, para elevar os padrões e as aspirações"
    ),
    (
        "To develop mutually beneficial links between schools, education and community service "
        "providers, partner businesses and community organisations"
    ): (
        "Desenvolver ligações mutuamente vantajosas entre escolas, prestadores de serviços "
        "educativos e comunitários, empresas parceiras e organizações comunitárias"
    ),
    (
        "To support and collaborate with the partner schools, academies, education and community "
        "service providers and their Governing Bodies in the achievement of their aims, vision and "
        "values"
    ): (
        "Apoiar as escolas parceiras, as academias, os prestadores de serviços educativos e "
        "comunitários e os respetivos órgãos de direção (Governing Bodies), e colaborar com eles, "
        "na concretização dos seus objetivos, visão e valores"
    ),
    "Vision for staff": "Visão para o pessoal",
    "Vision for children and learners": "Visão para as crianças e os alunos",
    "Vision for our families and the local community": (
        "Visão para as nossas famílias e a comunidade local"
    ),
    "Vision for partners": "Visão para os parceiros",
    "The History Of Southampton Co-operative Learning Trust": (
        "A história do Southampton Co-operative Learning Trust"
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
        "O Trust foi criado em 2011. Baseou-se no “agrupamento” de Regent’s Park, ou seja, a "
        "Regent’s Park Secondary e as escolas primárias cujos alunos seguiam para ela. Sendo um "
        "trust de fundação (foundation trust) – e não um trust de academias (academy trust) – as "
        "suas escolas continuaram a ser financiadas através da autoridade local, mas os terrenos e "
        "os edifícios foram transferidos da autoridade local para o Trust. A propriedade comum "
        "destes bens ajudou a unir as escolas e também a protegê-las da conversão forçada em "
        "academias – algo que parecia muito provável na altura e que ainda é uma possibilidade."
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
        "Inicialmente chamava-se Regent’s Park Learning Trust e os seus membros eram Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery e St John’s Primary and Nursery. "
        "A Freemantle Primary e a St Mark’s Primary não puderam aderir formalmente porque os seus "
        "terrenos pertenciam à Igreja de Inglaterra; no entanto, tornaram-se parceiras no ano "
        "seguinte. The Polygon School aderiu ao Trust como membro de pleno direito em 2016. Nesse "
        "mesmo ano, o nome foi alterado para Southampton Cooperative Learning Trust, para refletir "
        "a nossa identidade mais ampla. A Banister Infant and Nursery tornou-se uma escola "
        "primária em 2002 e, mais recentemente, a St Mark’s Primary foi reconstruída como uma "
        "escola que abrange todas as etapas de ensino (all-through), para idades dos 3-16 anos."
    ),
    (
        "We have always sought to build partnerships with other organisations in the wider "
        "community. Over the last 11 years our formal and informal partners have included:"
    ): (
        "Sempre procurámos criar parcerias com outras organizações da comunidade em geral. Nos "
        "últimos 11 anos, os nossos parceiros formais e informais incluíram:"
    ),
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge. We are beginning to build links with these, based on our shared belief "
        "that through cooperation we can create a better future for our children and communities."
    ): (
        "Desde 2011 foram criados em Southampton mais três trusts cooperativos de escolas: Aspire, "
        "Reach e Bridge. Estamos a começar a criar ligações com eles, com base na nossa convicção "
        "comum de que, através da cooperação, podemos construir um futuro melhor para as nossas "
        "crianças e comunidades."
    ),
    (
        "The Southampton Co-operative Learning Trust has a shared identity through our commitment "
        "to safe and secure environments which strengthen and sustain high standards and "
        "achievement for the communities we serve."
    ): (
        "O Southampton Co-operative Learning Trust tem uma identidade comum graças ao nosso "
        "compromisso com ambientes seguros e protegidos, que reforçam e mantêm elevados padrões e "
        "resultados para as comunidades que servimos."
    ),
    "Total Coverage": "Total Coverage",
    "Total Coverage, a design co-operative": "Total Coverage, uma cooperativa de design",
    "The WEA": "The WEA",
    "The WEA – Workers Educational Association – our most long-running partnership": (
        "The WEA – Workers Educational Association (Associação de Educação dos Trabalhadores) – a "
        "nossa parceria mais duradoura"
    ),
    "Solent EBP": "Solent EBP",
    "Solent EBP (Enterprise Business Partners)": (
        "Solent EBP (Enterprise Business Partners – parceiros do mundo empresarial)"
    ),
    "No Limits": "No Limits",
    "No Limits (Southampton Charity for Young People)": (
        "No Limits (instituição de solidariedade de Southampton para jovens)"
    ),
    "Solent University": "Solent University",
    "Southampton University": "Southampton University",
    "Southampton University (School-University Partnership)": (
        "Southampton University (parceria entre escolas e universidade)"
    ),
    (
        "Southampton Co-operative Learning Trust has established long-term sustainable "
        "partnerships with other local settings in order to support and deliver outstanding "
        "localised, coordinated, provision for children and young people aged 3-18 years and the "
        "wider community."
    ): (
        "O Southampton Co-operative Learning Trust estabeleceu parcerias sustentáveis e de longo "
        "prazo com outras instituições locais, para apoiar e prestar uma oferta excelente, local e "
        "coordenada para crianças e jovens dos 3-18 anos e para a comunidade em geral."
    ),
    "Regent’s Park": "Regent’s Park",
    (
        "At first it was called the Regent’s Park Learning Trust and its members were Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery and St John’s Primary and Nursery."
    ): (
        "Inicialmente chamava-se Regent’s Park Learning Trust e os seus membros eram Regent’s "
        "Park, Foundry Lane Primary, Banister Infant and Nursery e St John’s Primary and Nursery."
    ),
    "Foundry Lane Primary": "Foundry Lane Primary",
    "Banister": "Banister",
    "Banister Infant and Nursery became a primary school in 2002.": (
        "A Banister Infant and Nursery tornou-se uma escola primária em 2002."
    ),
    "St John’s Primary and Nursery": "St John’s Primary and Nursery",
    "The Polygon School": "The Polygon School",
    "The Polygon School joined the Trust as full members in 2016.": (
        "The Polygon School aderiu ao Trust como membro de pleno direito em 2016."
    ),
    "Freemantle Primary": "Freemantle Primary",
    (
        "Freemantle Primary and St Mark’s Primary could not join formally because the Church of "
        "England owned their land, however they became partners the following year."
    ): (
        "A Freemantle Primary e a St Mark’s Primary não puderam aderir formalmente porque os seus "
        "terrenos pertenciam à Igreja de Inglaterra; no entanto, tornaram-se parceiras no ano "
        "seguinte."
    ),
    "St Mark’s": "St Mark’s",
    "St Mark’s Primary has been rebuilt as an all-through 3-16 school.": (
        "A St Mark’s Primary foi reconstruída como uma escola que abrange todas as etapas de "
        "ensino (all-through), para idades dos 3-16 anos."
    ),
    "Aspire": "Aspire",
    "Reach": "Reach",
    "Bridge": "Bridge",
    "2002": "2002",
    "2011": "2011",
    "The Trust came into being in 2011.": "O Trust foi criado em 2011.",
    "2012": "2012",
    "2016": "2016",
    (
        "In that same year, the name was changed to the Southampton Cooperative Learning Trust, to "
        "reflect our wider identity."
    ): (
        "Nesse mesmo ano, o nome foi alterado para Southampton Cooperative Learning Trust, para "
        "refletir a nossa identidade mais ampla."
    ),
    "More recently": "Mais recentemente",
    "Since 2011": "Desde 2011",
    (
        "Since 2011 three more cooperative schools trusts have been formed in Southampton: Aspire, "
        "Reach and Bridge."
    ): (
        "Desde 2011 foram criados em Southampton mais três trusts cooperativos de escolas: Aspire, "
        "Reach e Bridge."
    ),
    "Southampton Co-operative Learning Trust": "Southampton Co-operative Learning Trust",
    "Aspirations": "Aspirações",
    "Creating an umbrella to challenge underachievement and disengagement to raise aspirations": (
        "Criar um “guarda-chuva” para combater os resultados abaixo das capacidades e o "
        "desinteresse, para aumentar as aspirações"
    ),
    "Promoting an ‘I can do’ mentality in a changing technological world": (
        "Promover uma mentalidade de “eu consigo” num mundo tecnológico em mudança"
    ),
    (
        "Providing opportunities academically and socially for all children to enjoy and achieve "
        "their potential"
    ): (
        "Proporcionar oportunidades, a nível escolar e social, para que todas as crianças possam "
        "ter prazer em aprender e atingir o seu potencial"
    ),
    "Developing children’s understanding and experience of lifelong learning": (
        "Desenvolver a compreensão e a experiência das crianças sobre a aprendizagem ao longo da "
        "vida"
    ),
    "Creative, relevant, shared curriculum and resourcing": (
        "Currículo e recursos criativos, relevantes e partilhados"
    ),
    "Belonging to a larger community.": "Pertencer a uma comunidade maior.",
    "Curriculum Enrichment": "Enriquecimento do currículo",
    "Embedding elements of collaborative and co-operative learning into the curriculum": (
        "Integrar no currículo elementos de aprendizagem colaborativa e cooperativa"
    ),
    "Supporting all children to have equal access to the latest ICT/ Learning Technology": (
        "Apoiar todas as crianças para que tenham igual acesso às mais recentes tecnologias de "
        "informação e comunicação (ICT) / tecnologias de aprendizagem"
    ),
    "Deepened understanding about work opportunities + areas + skills": (
        "Compreensão mais aprofundada das oportunidades de trabalho + áreas + competências"
    ),
    (
        "Enriching learning opportunities through the development of partnerships and the "
        "involvement of partners in the curriculum"
    ): (
        "Enriquecer as oportunidades de aprendizagem através do desenvolvimento de parcerias e do "
        "envolvimento dos parceiros no currículo"
    ),
    "Sharing staff expertise across the trust schools and partners": (
        "Partilhar as competências do pessoal entre as escolas do Trust e os parceiros"
    ),
    (
        "Providing the widest possible range of opportunities for the trust through schools and "
        "partners"
    ): (
        "Proporcionar a maior variedade possível de oportunidades para o Trust, através das "
        "escolas e dos parceiros"
    ),
    "Regular programme of sports competitions": "Programa regular de competições desportivas",
    (
        "Regular programme of other curriculum based competitions e.g. art, chess, science and "
        "engineering"
    ): (
        "Programa regular de outros concursos ligados ao currículo, por exemplo, de arte, xadrez, "
        "ciências e engenharia"
    ),
    "Experiences/ development of workforce skills": (
        "Experiências / desenvolvimento de competências profissionais"
    ),
    "Development of work experience": (
        "Desenvolvimento de estágios em contexto de trabalho (work experience)"
    ),
    (
        "Develop a group approach to achieving ‘good practice’ awards e.g. Eco schools, Healthy "
        "Schools, International Awards etc"
    ): (
        "Desenvolver uma abordagem de grupo para obter prémios de “boas práticas”, por exemplo, "
        "Eco schools, Healthy Schools, International Awards, etc."
    ),
    "Shared learning experiences/ projects for all learners (stakeholder groups)": (
        "Experiências / projetos de aprendizagem partilhados para todos os alunos (grupos de "
        "partes interessadas)"
    ),
    "Rewarding the achievements of all learners including adults": (
        "Recompensar os resultados de todos os alunos, incluindo os adultos"
    ),
    "Effective skilled and positive Citizenship programmes": (
        "Programas de cidadania eficazes, competentes e positivos"
    ),
    "Financial": "Financeiro",
    "Co-ordinating 'funding opportunities' to widen 'learning opportunities'.": (
        "Coordenar “oportunidades de financiamento” para alargar as “oportunidades de "
        "aprendizagem”."
    ),
    "Support": "Apoio",
    (
        "Provide parent education to help parents and carers to have the skills and knowledge to "
        "support their children’s learning in school and at home (Tailored to meet needs of our "
        "community supported by partners)"
    ): (
        "Proporcionar formação aos pais, para ajudar os pais e cuidadores a terem as competências "
        "e os conhecimentos necessários para apoiar a aprendizagem dos seus filhos na escola e em "
        "casa (adaptada às necessidades da nossa comunidade, com o apoio dos parceiros)"
    ),
    "Support pupil wellbeing through access to partner advice and resources": (
        "Apoiar o bem-estar dos alunos através do acesso a aconselhamento e recursos dos parceiros"
    ),
    "Membership benefits for all learners and children.": (
        "Vantagens de membro para todos os alunos e crianças."
    ),
    "Information": "Informação",
    (
        "Share data to identify shared intervention and resources needed to raise attainment and "
        "progress"
    ): (
        "Partilhar dados para identificar as intervenções e os recursos comuns necessários para "
        "melhorar os resultados e o progresso"
    ),
    "Develop learning for life": "Desenvolver a aprendizagem para a vida",
    "Strong school - parental relationships": "Relações fortes entre a escola e os pais",
    "Share a common understanding – investors in education and their child’s future": (
        "Partilhar um entendimento comum – investidores na educação e no futuro do seu filho"
    ),
    (
        "Positive influential voice harnessed to impact on learning e.g. PTA’s, Governors,  "
        "Stakeholders Forum, Trustees etc"
    ): (
        "Uma voz positiva e influente, aproveitada para ter impacto na aprendizagem, por exemplo, "
        "PTA (associações de pais e professores), membros dos órgãos de direção das escolas "
        "(Governors), Fórum das Partes Interessadas, administradores do Trust (Trustees), etc."
    ),
    "Facilitation of the provision of support services": (
        "Facilitar a prestação de serviços de apoio"
    ),
    "Strong community links to aid ‘at risk’ families to achieve positive outcomes": (
        "Ligações fortes com a comunidade para ajudar as famílias “em risco” a alcançar resultados "
        "positivos"
    ),
    "Develop a culture of high attendance and high value of education": (
        "Desenvolver uma cultura de elevada assiduidade e de grande valorização da educação"
    ),
    "Diversity and commonality are celebrated": (
        "A diversidade e aquilo que temos em comum são celebrados"
    ),
    (
        "Draw on the skills and celebrate the diversity of our community through international "
        "week celebrations"
    ): (
        "Aproveitar as competências e celebrar a diversidade da nossa comunidade através das "
        "celebrações da semana internacional"
    ),
    "Identify membership and other benefits to reduce financial pressures on parents and carers": (
        "Identificar vantagens de membro e outros benefícios para reduzir as dificuldades "
        "financeiras dos pais e cuidadores"
    ),
    "Access to a wide variety of low cost training, social and health activities": (
        "Acesso a uma grande variedade de formações e atividades sociais e de saúde de baixo custo"
    ),
    "Access to health and well being resources to avoid crisis": (
        "Acesso a recursos de saúde e bem-estar para evitar situações de crise"
    ),
    "Promote high self esteem/ self worth through communication": (
        "Promover uma autoestima elevada / o sentido do próprio valor através da comunicação"
    ),
    (
        "Trustwide ‘one stop shop’ to facilitate parental enquiries e.g. health, welfare, housing, "
        "legal and financial"
    ): (
        "Um “balcão único” (one stop shop) para todo o Trust, para facilitar os pedidos de "
        "informação dos pais, por exemplo, sobre saúde, apoio social, habitação e questões "
        "jurídicas e financeiras"
    ),
    (
        "Consolidate and develop current trust partnerships for the mutual benefit of the Trust "
        "and trust partners"
    ): (
        "Consolidar e desenvolver as atuais parcerias do Trust, em benefício mútuo do Trust e dos "
        "seus parceiros"
    ),
    (
        "Identify and develop new trust partnerships to fulfil the vision and meet the aims of the "
        "Trust"
    ): (
        "Identificar e desenvolver novas parcerias do Trust, para realizar a visão e alcançar os "
        "objetivos do Trust"
    ),
    "Pedagogy": "Pedagogia",
    (
        "To develop a shared understanding of the pedagogy for the learning journey from EYFS to "
        "KS4 and beyond"
    ): (
        "Desenvolver uma compreensão comum da pedagogia ao longo do percurso de aprendizagem, "
        "desde o EYFS (primeira infância, até aos 5 anos) até ao KS4 (etapa-chave 4, dos 14-16 "
        "anos) e mais além"
    ),
    "Staffing": "Pessoal",
    "Linked staffing structures to support teachers pedagogy and practice": (
        "Estruturas de pessoal interligadas para apoiar a pedagogia e a prática dos professores"
    ),
    (
        "Cross school leadership work to solve specific issues – using leadership expertise in the "
        "trust. Greater leadership experience and skill set including leadership expertise of "
        "partners"
    ): (
        "Trabalho conjunto das direções das escolas para resolver problemas específicos – "
        "recorrendo à experiência de liderança existente no Trust. Maior experiência e mais "
        "competências de liderança, incluindo a experiência de liderança dos parceiros"
    ),
    "Mental Health and Wellbeing Support": "Apoio à saúde mental e ao bem-estar",
    "Identified network of support for staff members": (
        "Uma rede de apoio definida para os membros do pessoal"
    ),
    "Professional Development": "Desenvolvimento profissional",
    "Staff supporting each other across the Trust to achieve outcomes": (
        "Pessoal de todo o Trust a apoiar-se mutuamente para alcançar resultados"
    ),
    "Shared training across the trust – internal/ external/ national": (
        "Formação partilhada em todo o Trust – interna / externa / nacional"
    ),
    "National and International experience opportunities including cooperative links": (
        "Oportunidades de experiência a nível nacional e internacional, incluindo ligações ao "
        "movimento cooperativo"
    ),
    "Coaching network across the schools": "Rede de coaching entre as escolas",
    "Shared learning projects working with partners": (
        "Projetos de aprendizagem partilhados, realizados com os parceiros"
    ),
    "Expertise in staffing identified across the Trust and used for development": (
        "Competências do pessoal identificadas em todo o Trust e utilizadas para o desenvolvimento"
    ),
    "Development opportunities without having to leave the Trust.": (
        "Oportunidades de desenvolvimento sem ser preciso sair do Trust."
    ),
    "Resources - Networks in place": "Recursos - redes existentes",
    "Curriculum support groups": "Grupos de apoio ao currículo",
    "Behaviour support and provision": "Apoio e medidas relativas ao comportamento",
    "EAL shared support": "Apoio partilhado de EAL (inglês como língua adicional)",
    (
        "Networks – develop networks with a wider perspective/ set of skills to offer support and "
        "development from outside of the City"
    ): (
        "Redes – desenvolver redes com uma perspetiva / um conjunto de competências mais amplo, "
        "para oferecer apoio e desenvolvimento a partir de fora da cidade"
    ),
    "Continguency and succession planning – using resources within the Trust.": (
        "Planeamento de contingência e de sucessão – utilizando recursos dentro do Trust."
    ),
    "History": "História",
    "Schools": "Escolas",
    "Partners": "Parceiros",
    "Aims": "Objetivos",
    "Vision": "Visão",
    "Vision updates": "Novidades sobre a visão",
    "Accessibility statement": "Declaração de acessibilidade",
    "Privacy notice": "Aviso de privacidade",
}
