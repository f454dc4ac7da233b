using Dyad.Core;
using Dyad.Text;

namespace Dyad.Actors.Tests;

public sealed class ActorStageTests
{
    private static readonly ActorStage Stage = new();

    public static TheoryData<string, string, string, string?, string?, string?, string> Mentions() => new()
    {
        // A demonym composes with a role noun.
        { "2017-07-19", "The Japanese government appears apprehensive.", "Japanese government", "JPNGOV", "JPN", "GOV", "organization" },
        // A possessive state with a capitalized ministry; "Defense" makes it military.
        { "2017-07-19", "South Korea’s National Defense Ministry proposed talks.", "South Korea’s National Defense Ministry", "KORMIL", "KOR", "MIL", "organization" },
        // A role affiliated with a state's government takes the government's code.
        { "2017-07-19", "An official from the South Korean government defended the plan.", "official from the South Korean government", "KORGOV", "KOR", "GOV", "person" },
        // Known person with title and demonym, in office on the article's date.
        { "2017-07-19", "Japanese Chief Cabinet Secretary Yoshihide Suga said so.", "Japanese Chief Cabinet Secretary Yoshihide Suga", "JPNGOV", "JPN", "GOV", "person" },
        // An unknown person with a title still gets the state of the demonym.
        { "2017-07-19", "German Foreign Minister Hans Example spoke.", "German Foreign Minister Hans Example", "DEUGOV", "DEU", "GOV", "person" },
        // A capital used as an actor stands for its government.
        { "2017-07-19", "Tokyo’s initiative drew praise.", "Tokyo", "JPNGOV", "JPN", "GOV", "country" },
        // A capital after "in" is a place.
        { "2017-07-19", "The talks were held in Tokyo last week.", "Tokyo", null, "JPN", null, "location" },
        // Metonymy: buildings for governments and their parts.
        { "2020-01-10", "The Kremlin denied the report.", "Kremlin", "RUSGOV", "RUS", "GOV", "organization" },
        { "2020-01-10", "The Pentagon confirmed the strike.", "Pentagon", "USAMIL", "USA", "MIL", "organization" },
        // An intergovernmental organization is coded under IGO.
        { "2020-01-10", "NATO allies met on Friday.", "NATO", "IGOWSTNAT", "IGO", null, "organization" },
        // A person's code applies only while in office: Trump in 2019 is USAGOV.
        { "2019-05-01", "Donald Trump signed the order.", "Donald Trump", "USAGOV", "USA", "GOV", "person" },
        // ... and in 2023 he is American but not the government.
        { "2023-05-01", "Donald Trump held a rally.", "Donald Trump", null, "USA", null, "person" },
        // A government's armed forces are its military.
        { "2018-03-10", "Syrian government forces pounded the town.", "Syrian government forces", "SYRMIL", "SYR", "MIL", "group" },
        // A party's members by name take the state the article is about, as the party does.
        { "2019-09-24", "U.S. House Speaker Nancy Pelosi announced an inquiry into President Donald Trump. Democrats, who control the House, were divided.", "Democrats", "USAPTY", "USA", "PTY", "organization" },
        // ... also when "Government" opens the sentence.
        { "2018-03-10", "Syria's army shelled the town. Syria's army said so. Government troops advanced on the town.", "Government troops", "SYRMIL", "SYR", "MIL", "group" },
        // An unqualified "officials" takes the state whose organ the same sentence named.
        { "2018-03-10", "China protested. Indian police arrested 12 militants, officials said.", "officials", "INDGOV", "IND", "GOV", "group" },
        // An article does not swallow a longer name after it.
        { "2018-03-10", "The UN Security Council will meet.", "UN Security Council", "IGOUNO", "IGO", null, "organization" },
        // A spokesman named after an institution is that government's person.
        { "2019-06-20", "Kremlin spokesman Dmitry Peskov told reporters.", "Kremlin spokesman Dmitry Peskov", "RUSGOV", "RUS", "GOV", "person" },
        // A capitalized role of an international organization, with or without an article.
        { "2021-02-08", "Leaders of African Union agreed to meet again in May.", "Leaders of African Union", "IGOAFRAFU", "IGO", "GOV", "group" },
        // An opposition names the sentence's state as its organs do: the unqualified police are that state's.
        { "2021-02-08", "Brazil and Chile signed a deal. Kenyan opposition leader Joseph Example accused the police of brutality.", "police", "KENCOP", "KEN", "COP", "organization" },
        // A national body "in" a named state belongs to it, not to the state the article is mostly about.
        { "2021-02-08", "Iran warned Iran's rivals. Iran said so again. Members of Parliament in Iraq voted to expel the troops.", "Members of Parliament", "IRQLEG", "IRQ", "LEG", "group" },
        // "The ministry" names again a body named in full, capitals and all, even after another state.
        { "2022-05-10", "Beijing accused Washington of meddling. Chinese Foreign Ministry spokesman Li Example told a briefing that the United States should stop. The ministry said it would respond.", "ministry", "CHNGOV", "CHN", "GOV", "organization" },
        // A possessive that opens a reported clause speaks of the reporter's own.
        { "2020-09-28", "Azerbaijan's Defence Ministry said Armenian troops had fired on the town of Terter and that its forces had captured several villages.", "forces", "AZEMIL", "AZE", "MIL", "organization" },
        // "The opposition" is the article's state's, whoever comments on it.
        { "2019-11-11", "Bolivian President Evo Morales resigned on Sunday. Russia condemned the violence unleashed by the opposition.", "opposition", "BOLOPP", "BOL", "OPP", "organization" },
        // A serving leader's organs are the leader's state's.
        { "2019-05-12", "Assad's forces pounded rebel positions in Idlib.", "forces", "SYRMIL", "SYR", "MIL", "organization" },
        { "2019-01-24", "Maduro's government expelled the American diplomats.", "government", "VENGOV", "VEN", "GOV", "organization" },
        { "2019-05-12", "Putin's spokesman said the Kremlin was concerned.", "spokesman", "RUSGOV", "RUS", "GOV", "person" },
        // Spokespeople are coded by the office they held on the article's date.
        { "2021-05-12", "At the United Nations, spokesman Stephane Dujarric said the talks would resume.", "spokesman Stephane Dujarric", "IGOUNO", "IGO", null, "person" },
        { "2022-03-01", "Maria Zakharova said the sanctions would fail.", "Maria Zakharova", "RUSGOV", "RUS", "GOV", "person" },
        { "2021-06-01", "Press secretary Jen Psaki said the president would travel.", "Press secretary Jen Psaki", "USAGOV", "USA", "GOV", "person" },
        // A state's citizens are its own wherever they are; a sea named after a state is no state.
        { "2023-07-28", "Britain urged its citizens in Niger to stay indoors.", "citizens", "GBRCVL", "GBR", "CVL", "group" },
        { "2019-06-13", "Iran seized a tanker in the Gulf of Oman.", "Gulf of Oman", null, null, null, "location" },
        { "2020-07-27", "Chinese warships sailed through the Taiwan Strait and into the South China Sea.", "South China Sea", null, null, null, "location" },
        { "2020-11-10", "Tigrayan forces captured the town of Lalibela.", "Tigrayan forces", "ETHREB", "ETH", "REB", "organization" },
        // The people of a body named right before them (past its short form in parentheses) are that body's.
        { "2010-03-02", "The Montenegro Municipality Association (AKK) officials demanded support from the government.", "officials", "MNEGOV", "MNE", "GOV", "group" },
        { "2019-05-02", "Red Cross officials visited the prison on Tuesday.", "officials", "NGOHLHIRC", null, "HLH", "group" },
        // An agent phrase with its own premodifier ("intelligence officials") still composes with the demonym.
        { "2002-05-10", "Israeli intelligence officials shared the evidence.", "Israeli intelligence officials", "ISRSPY", "ISR", "SPY", "group" },
        // Former names of a body or state: the European Community, the Former Yugoslav Republic of Macedonia.
        { "1992-05-10", "The European Community gave the Ivory Coast aid.", "European Community", "IGOEUREEC", "IGO", null, "organization" },
        // A region or city of a known state composes with a role noun like the state's name does.
        { "2004-05-10", "The government accused Darfur rebels of violating the ceasefire.", "Darfur rebels", "SDNREB", "SDN", "REB", "group" },
        { "2020-05-10", "Wisconsin Governor Jane Example declared an emergency.", "Wisconsin Governor Jane Example", "USAGOV", "USA", "GOV", "person" },
        // A body that is no government keeps its kind for its people; an international organization's are the organization.
        { "2019-01-24", "Taliban spokesperson Zorvath Quellin said so.", "Taliban spokesperson Zorvath Quellin", "AFGREB", "AFG", "REB", "person" },
        { "2019-01-24", "NATO spokesperson Zorvath Quellin said so.", "NATO spokesperson Zorvath Quellin", "IGOWSTNAT", "IGO", null, "person" },
        // A capitalized premodifier that starts a dictionary name after "the" is not skipped ("New" of "New Jersey").
        { "2020-05-08", "They refused to support the New Jersey Governor’s bid.", "New Jersey Governor", "USAGOV", "USA", "GOV", "person" },
        // Representatives "from" a state are its delegates, not its legislators.
        { "2020-01-11", "On Saturday, representatives from Iran admitted the error.", "representatives from Iran", "IRNGOV", "IRN", "GOV", "group" },
        // The president of an organization no dictionary types is that state's, but holds no state office.
        { "2019-07-08", "The president of the Tunisian League for the Defence of Human Rights spoke.", "president of the Tunisian League", "TUN", "TUN", null, "person" },
        // An indefinite member of a national body belongs to the state the article is about, as "an official" does.
        { "2019-07-08", "Tunisia banned the niqab. Souhail Alouini, a member of Parliament, said the ban was overdue.", "Souhail Alouini", "TUNLEG", "TUN", "LEG", "person" },
        // A name in apposition after "<role> of <state or body>" is that person, also before the verb.
        { "2019-10-04", "The mayor of Paris, Anne Example, wrote on Twitter.", "Anne Example", "FRAGOV", "FRA", "GOV", "person" },
        { "2019-07-08", "A member of the Tunisian Parliament, Samir Example said the ban was needed.", "Samir Example", "TUNLEG", "TUN", "LEG", "person" },
        // A name coded by apposition after the scan recodes the later titled mentions the scan placed by guess.
        { "2020-01-03", "United States forces killed Qasem Examplani, head of Iran's Quds Force, in an airstrike. General Examplani was planning attacks.", "General Examplani", "IRNMIL", "IRN", "MIL", "person" },
        // Georgia in an article on American politics is the US state; next to the Caucasus it is the country.
        { "2019-01-04", "The bill was co-sponsored by Senators Marco Rubio of Florida and David Perdue of Georgia, all Republicans.", "Georgia", null, "USA", null, "location" },
        { "2019-01-04", "Russia and Georgia fought over South Ossetia, a US official said.", "Georgia", "GEO", "GEO", null, "country" },
        // A capital after "a" and before a common noun says where, not who.
        { "2019-01-24", "Last week a Kabul car bombing killed five.", "Kabul", null, "AFG", null, "location" },
        // A metonym in quotation marks after "known as" is a nickname of something else.
        { "2019-09-09", "He kept a state-funded home, known as the \"Blue House\", after he resigned.", "Blue House", null, null, null, "organization" },
        // A known person out of office on the article's date, named with a title that is not "former": the title's office.
        { "2019-07-24", "Current Prime Minister Theresa May is to step down today.", "Prime Minister Theresa May", "GBRGOV", "GBR", "GOV", "person" },
        { "2020-08-01", "Senator Kamala Harris spoke.", "Senator Kamala Harris", "USALEG", "USA", "LEG", "person" },
        // Speakers at a rally are no parliament's.
        { "2019-03-23", "Britain voted to leave. There were several speakers at the rally.", "speakers", null, null, "LEG", "group" },
        // Rebels "in" a state are that state's rebels (troops there may be foreign).
        { "2004-05-10", "Rebels in the Ivory Coast dismissed the appeal.", "Rebels", "CIVREB", "CIV", "REB", "group" },
        // "The bloc", "the alliance" refer to the international organization named last.
        { "2024-03-05", "The European Union met on Monday. The bloc imposed sanctions on Russia.", "bloc", "IGOEUREEC", "IGO", null, "organization" },
        { "2024-03-05", "The European Union met on Monday. NATO ministers met on Tuesday. The alliance agreed to send troops.", "alliance", "IGOWSTNAT", "IGO", null, "organization" },
        // A person first named without a state takes one when named again with a title the sentence can place.
        { "2020-03-17", "—Mike Sampleton, Twitter. In Ohio, Governor Mike Sampleton postponed the vote.", "Governor Mike Sampleton", "USAGOV", "USA", "GOV", "person" },
        // A demonym and a company noun before a name code the name.
        { "2021-02-08", "The Brazilian airline Voa Example cancelled flights.", "Voa Example", "BRABUS", "BRA", "BUS", "organization" },
        // A non-state armed group.
        { "2019-06-20", "The Taliban attacked a checkpoint.", "Taliban", "AFGREB", "AFG", "REB", "organization" },
        // Acronyms match only in capitals.
        { "2020-01-10", "The US imposed sanctions.", "US", "USA", "USA", null, "country" },
        // A capitalized premodifier after an article starts the institution's name, not a bare "Office".
        { "2020-01-10", "The Foreign Office said it was aware of the reports.", "Foreign Office", "GBRGOV", "GBR", "GOV", "organization" },
        // "New" is a premodifier, but after "the" it is part of the state's name.
        { "2020-01-10", "Talks with the New Zealand delegation resumed.", "New Zealand", "NZL", "NZL", null, "country" },
        // A body's full name keeps its capitalized premodifier ("National").
        { "2020-01-10", "The National Transportation Safety Board opened an inquiry.", "National Transportation Safety Board", null, null, null, "organization" },
        // A hyphenated title is one title: the organization, the title and the known name make one person.
        { "2020-01-10", "United Nations Secretary-General António Guterres said talks would resume.", "United Nations Secretary-General António Guterres", "IGOUNO", "IGO", null, "person" },
        // The same with an acronym and a title written as two words, coded on the article's date.
        { "2019-06-20", "NATO Secretary General Jens Stoltenberg visited troops.", "NATO Secretary General Jens Stoltenberg", "IGOWSTNAT", "IGO", null, "person" },
        // Before a person's role the capitalized premodifier is still skipped: the role refers back like "the minister".
        { "2020-01-10", "The Deputy Chief Minister resigned.", "Minister", null, null, "GOV", "person" },
        // A titled name with no state named belongs to the state the article is clearly about...
        { "2019-03-02", "Polish police detained two men in Warsaw. The Polish government condemned the attack. Interior Minister Tomasz Przykladowy visited the scene.", "Interior Minister Tomasz Przykladowy", "POLGOV", "POL", "GOV", "person" },
        // ... to the state of a place named right before the title, which then belongs to the mention ...
        { "2019-09-02", "Hurricane warnings covered the Bahamas and Cuba. Florida Governor Tom Example declared an emergency.", "Florida Governor Tom Example", "USAGOV", "USA", "GOV", "person" },
        // ... and a governor's or mayor's to the state of the place the sentence is set in.
        { "2019-05-16", "On Wednesday in the US state of Alabama, Governor Kay Example signed the bill.", "Governor Kay Example", "USAGOV", "USA", "GOV", "person" },
        // "NAME of STATE": a person from that state (the state is its own mention), and later references to them.
        { "2019-10-01", "Yesterday, Lars Examplesen of Norway won the final.", "Lars Examplesen", "NOR", "NOR", null, "person" },
        { "2019-10-01", "Yesterday, Lars Examplesen of Norway won the final.", "Norway", "NOR", "NOR", null, "country" },
        { "2019-10-01", "Yesterday, Hamad Exampleh of Qatar won bronze. Exampleh said he was happy.", "Exampleh", "QAT", "QAT", null, "person" },
        // A posted title names its host after "to"; the person serves the state named first.
        { "2019-05-16", "US Ambassador to Germany Paul Example criticised the decision.", "US Ambassador to Germany Paul Example", "USAGOV", "USA", "GOV", "person" },
        // A legislator's constituency after the title; its state is the legislator's.
        { "2020-04-15", "Senator from Vermont Bernie Example spoke on Monday.", "Senator from Vermont Bernie Example", "USALEG", "USA", "LEG", "person" },
        // A person's role chained to a body's role word: the named member is a person.
        { "2019-05-16", "German government spokesman Stefan Example said talks would continue.", "German government spokesman Stefan Example", "DEUGOV", "DEU", "GOV", "person" },
        // A role word "in" or "from" a place belongs to the place's state, also when it opens the sentence.
        { "2019-08-11", "On Sunday, police in Hong Kong fired tear gas.", "police", "HKGCOP", "HKG", "COP", "organization" },
        { "2019-08-11", "Protesters in Paris clashed with police.", "Protesters", "FRACVL", "FRA", "CVL", "group" },
        // A sentence-initial role word is a mention, coded from the state named before.
        { "2019-08-11", "Indian police arrested two men. Police said they were armed.", "Police", "INDCOP", "IND", "COP", "organization" },
        // A demonym's plural names the state's people; the singular stays a modifier.
        { "2019-08-11", "Israeli troops killed two Palestinians in the West Bank.", "Palestinians", "PSE", "PSE", null, "group" },
        { "2019-08-11", "Israeli troops killed two Palestinians in the West Bank.", "Israeli troops", "ISRMIL", "ISR", "MIL", "group" },
        // "its"/"their" before a role: the state or body just named owns it.
        { "2019-08-11", "Turkey's Defense Ministry said its forces had killed 15 militants.", "forces", "TURMIL", "TUR", "MIL", "organization" },
        { "2019-08-11", "China said its military would respond.", "military", "CHNMIL", "CHN", "MIL", "organization" },
        // A place after "through" is where something happens, not the government.
        { "2019-08-11", "Thousands of protesters marched through Santiago.", "Santiago", null, "CHL", null, "location" },
        // A spokesperson named without a state speaks for the government body of the sentence before.
        { "2020-01-10", "Iran said it would respond. Iranian officials met. The White House said the president was open to talks. \"The door is open,\" spokeswoman Jane Example said.", "spokeswoman Jane Example", "USAGOV", "USA", "GOV", "person" },
        // Portfolio ministers are titles; so is "President-elect", which gives no office yet.
        { "2019-08-11", "The South Sudanese government met rebels. Information Minister Michael Example said the talks failed.", "Information Minister Michael Example", "SSDGOV", "SSD", "GOV", "person" },
        { "2020-11-20", "President-elect Joe Biden named his team.", "President-elect Joe Biden", null, "USA", null, "person" },
        // A state-led coalition is the leading state's military.
        { "2019-08-11", "The Saudi-led coalition intercepted a drone.", "Saudi-led coalition", "SAUMIL", "SAU", "MIL", "organization" },
        // A state's own legislators, judges or opposition named in a sentence about its organs belong to it.
        { "2019-08-11", "Venezuelan security forces arrested opposition lawmakers.", "lawmakers", "VENLEG", "VEN", "LEG", "group" },
        // A name in apposition after a role mention is that person; so is a name before a capitalized state's role.
        { "2019-12-20", "The Nigerien foreign minister, Kalla Example, said talks would resume.", "Kalla Example", "NERGOV", "NER", "GOV", "person" },
        { "2019-12-20", "Kalla Example, Niger's foreign minister, said talks would resume.", "Kalla Example", "NERGOV", "NER", "GOV", "person" },
        // A person's name ends at a joining word; the body after it is named on its own.
        { "2020-01-10", "Lydia Example for Food Standards Australia said the risk was low.", "Lydia Example", null, null, null, "person" },
        // A body named "X of STATE" stays a body.
        { "2019-10-01", "The Central Bank of Nigeria raised rates.", "Central Bank of Nigeria", null, "NGA", null, "organization" },
        // A role or body "of" a state named after it.
        { "2019-03-02", "Rebels reached a deal with the government of Samoa on Monday.", "government of Samoa", "WSMGOV", "WSM", "GOV", "organization" },
        { "2019-03-02", "The President of France met reporters.", "President of France", "FRAGOV", "FRA", "GOV", "person" },
        // A party named without its state belongs to the state the article is clearly about.
        { "2019-12-13", "British voters went to the polls. The British government said turnout was high. The Labour Party lost seats.", "Labour Party", "GBRPTY", "GBR", "PTY", "organization" },
        // A name takes the code of its role in apposition.
        { "2020-01-03", "Officials met Ali Rezaei, the commander of the Iranian army, on Friday.", "Ali Rezaei", "IRNMIL", "IRN", "MIL", "person" },
        { "2020-01-03", "They spoke with Maria Lopez, a spokeswoman for the Mexican government.", "Maria Lopez", "MEXGOV", "MEX", "GOV", "person" },
        // A named force is military; its later short name refers back to it.
        { "2020-01-03", "He led Iran's Quds Force for years.", "Iran's Quds Force", "IRNMIL", "IRN", "MIL", "organization" },
        { "2020-01-03", "American officials met. He led Iran's Quds Force for years. The Quds Force denied it.", "Quds Force", "IRNMIL", "IRN", "MIL", "organization" },
        // Given names from many languages mark an unknown name as a person's.
        { "2020-01-03", "Akram Example spoke to reporters.", "Akram Example", null, null, null, "person" },
        // A lower-case organization noun before an unknown name makes it an organization, even before a speech verb.
        { "2020-01-03", "On Tuesday, software company Blue Sample announced new plans.", "Blue Sample", null, null, null, "organization" },
        // ... and titles such as "Attorney General" carry their own agent.
        { "2019-03-02", "The American government disputed the report. Attorney General Mary Sample filed a suit.", "Attorney General Mary Sample", "USAJUD", "USA", "JUD", "person" },
        // A state placed in the sentence ("in neighbouring Mali") beats the article's state for a bare "the government".
        { "2025-02-20", "Niger's army seized power on Monday. In 2021, soldiers in neighbouring Mali also overthrew the government.", "government", "MLIGOV", "MLI", "GOV", "organization" },
        // Lower-case particles inside a personal name; a titled name followed by "of" a state.
        { "2024-02-20", "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Sample, said talks were progressing.", "Sheikh Mohammed bin Abdulrahman Al Sample", "QATGOV", "QAT", "GOV", "person" },
        { "2024-02-20", "Foreign Minister Ali Sample of Iran met his Omani counterpart.", "Foreign Minister Ali Sample", "IRNGOV", "IRN", "GOV", "person" },
        { "2020-01-11", "Qaboos overthrew his father, Sultan Said bin Sample.", "Sultan Said bin Sample", null, null, "GOV", "person" },
        // A body in a closing attribution belongs to the sentence's subject state, not the article's most named one.
        { "2019-07-04", "Seoul protested. Seoul and Busan objected. The Japanese government will urge Seoul to act, a senior Foreign Ministry official said.", "Foreign Ministry official", "JPNGOV", "JPN", "GOV", "person" },
        // A ministry named by its portfolio in lower case.
        { "2023-07-05", "China will restrict exports, the commerce ministry said on Monday.", "commerce ministry", "CHNGOV", "CHN", "GOV", "organization" },
        { "2023-07-05", "China will act, the aviation ministry said on Monday.", "aviation ministry", "CHNGOV", "CHN", "GOV", "organization" },
        // The sources of a closing attribution speak for the sentence's first state, not the last one it named.
        { "2017-07-19", "The Japanese government believes that Seoul and Pyongyang will not hold talks, informed sources said.", "informed sources", "JPNGOV", "JPN", "GOV", "group" },
        // Chiefs: an army chief is military, a body's chief before a name serves the body.
        { "2024-08-06", "Bangladesh's prime minister resigned on Monday, the army chief said.", "army chief", "BGDMIL", "BGD", "MIL", "person" },
        { "2024-08-06", "The United Nations human rights chief Volker Sample urged calm.", "United Nations human rights chief Volker Sample", "IGOUNO", "IGO", null, "person" },
        // A short form's state owns the body it possesses; an adjective ("criminal justice") is no agent.
        { "2024-04-10", "China sent warplanes toward Taiwan, the island's defence ministry said.", "the island's defence ministry", "TWNMIL", "TWN", "MIL", "organization" },
        { "2019-09-05", "Suspects would face China's criminal justice system.", "China", "CHN", "CHN", null, "country" },
        // A spokesperson with no body of their own speaks for the one the sentence before named.
        { "2023-03-17", "South Korea and Japan met. The White House welcomed the talks. \"This is historic,\" a spokesman said.", "spokesman", "USAGOV", "USA", "GOV", "person" },
        // A wire dateline's place is where the story was filed, not the government its capital stands for.
        { "2019-08-23", "SEOUL (Reuters) - South Korea said it would scrap the pact.", "SEOUL", null, "KOR", null, "location" },
        // Words that modify a role ("deputy") and a modifier before a body's name ("presidential") keep the apposition.
        { "2019-08-23", "South Korea acted. The decision was announced by Kim Yougeun, deputy director of the presidential National Security Office.", "Kim Yougeun", "KORGOV", "KOR", "GOV", "person" },
        // "the former governor of …" holds no office now: the state only.
        { "2020-02-12", "Bill Sample, the former foreign minister of Iran, spoke on Monday.", "Bill Sample", "IRN", "IRN", null, "person" },
        { "2020-10-20", "Fifty officials, including former CIA directors John Sample, signed a letter.", "CIA directors John Sample", "USA", "USA", null, "person" },
        // The director of what a state possesses does not serve the state.
        { "2020-03-08", "Later, the director of Argentina's Amnesty International, Mariela Sample, said the president had heard them.", "Mariela Sample", null, null, null, "person" },
        // Rank words and a portfolio no phrase lists lead into the title they stand before.
        { "2019-05-10", "U.S. Commerce Secretary Wilbur Sample announced new rules.", "U.S. Commerce Secretary Wilbur Sample", "USAGOV", "USA", "GOV", "person" },
        { "2019-05-10", "Russian Deputy Foreign Minister Sergei Sample warned Washington.", "Russian Deputy Foreign Minister Sergei Sample", "RUSGOV", "RUS", "GOV", "person" },
        { "2020-03-30", "Bangladeshi Road Transport and Bridges Minister Obaidul Sample said buses would stop.", "Bangladeshi Road Transport and Bridges Minister Obaidul Sample", "BGDGOV", "BGD", "GOV", "person" },
        { "2019-05-10", "Chinese Vice Premier Liu Sample met the delegation.", "Chinese Vice Premier Liu Sample", "CHNGOV", "CHN", "GOV", "person" },
        // A rebel group's forces are the group; a ministry's forces are the state's military.
        { "2021-11-03", "The Tigray People's Liberation Front said its forces had captured the town.", "forces", "ETHREB", "ETH", "REB", "organization" },
        { "2021-11-03", "Hamas said its fighters fired rockets.", "fighters", "PSEREB", "PSE", "REB", "group" },
        { "2021-11-03", "Turkey's Defense Ministry said its forces struck targets.", "forces", "TURMIL", "TUR", "MIL", "organization" },
        // A known name before a lower-case role that a longer entry writes capitalized ("Xinhua News Agency").
        { "2019-08-06", "Xinhua news agency said the talks went well.", "Xinhua news agency", "CHNMED", "CHN", "MED", "organization" },
        // A place that opens the sentence sets it in that state.
        { "2019-08-06", "Pakistan protested. In New Delhi, Home Minister Amit Sample defended the decision.", "Home Minister Amit Sample", "INDGOV", "IND", "GOV", "person" },
        // A state body in a capital is that state's; an embassy there is its sender's.
        { "2019-05-04", "The White House said so. The presidential office in Seoul said it was concerned.", "presidential office", "KORGOV", "KOR", "GOV", "organization" },
        { "2019-05-04", "The army command said on Thursday it backed the coup.", "army command", null, null, "MIL", "organization" },
        // "the country" is not the state the sentence has just named as such.
        { "2023-07-28", "Niger's army said it had seized power. Washington has about 1,100 troops in the country.", "the country", "NER", "NER", null, "country" },
        // Of the states the previous sentence named, an epithet takes the one the article names most.
        { "2019-05-04", "North Korea fired missiles. North Korea said the tests were routine. Kim Jong Un and U.S. President Donald Trump failed to agree. Since then, the reclusive state has accused Washington.", "the reclusive state", "PRK", "PRK", null, "country" },
        // Brussels as a place is Belgium's city; as an actor it stands for the European Union.
        { "2020-12-10", "The leaders met over dinner in Brussels on Wednesday.", "Brussels", null, "BEL", null, "location" },
        { "2020-12-10", "Brussels wants a deal by Sunday.", "Brussels", "IGOEUREEC", "IGO", null, "organization" },
        // A name after "the town of" is a place.
        { "2018-04-14", "A chemical attack killed dozens of people in the town of Qarsample last week.", "Qarsample", null, null, null, "location" },
        // "the country's" owns the role after it, as a state's name would.
        { "2020-06-10", "Iran protested the sanctions. The country's defense minister, Ali Sample, warned Israel.", "The country's defense minister", "IRNMIL", "IRN", "MIL", "person" },
        // A definite role refers to the last person whose title holds it whole, not to a rank above or below.
        { "2019-06-20", "Saudi Crown Prince Mohammed bin Salman met Mr. Modi. The crown prince pledged investment.", "crown prince", "SAUGOV", "SAU", "GOV", "person" },
        { "2019-06-20", "Vice President Mike Pence met President Moon Jae-in. The vice president said so.", "vice president", "USAGOV", "USA", "GOV", "person" },
        // A person's short variant goes on to the full name after it.
        { "2019-06-20", "Sheikh Tamim bin Hamad Al Thani called the president.", "Sheikh Tamim bin Hamad Al Thani", "QATGOV", "QAT", "GOV", "person" },
        // A later member of a list of places is a place; a state after the city it holds still names the state.
        { "2021-03-19", "Blinken raised concerns about China's actions in Xinjiang, Hong Kong and Taiwan.", "Taiwan", null, "TWN", null, "location" },
        { "2020-10-30", "Buildings in Izmir, Turkey, collapsed on Friday.", "Turkey", "TUR", "TUR", null, "country" },
        // A dateline city no dictionary knows is in the state of the place after it.
        { "2021-03-19", "ANCHORAGE, Alaska — Top U.S. and Chinese officials traded rebukes on Thursday.", "ANCHORAGE", null, "USA", null, "location" },
        // A definite body keeps the agent of the body it refers to.
        { "2020-08-10", "The Belarusian Interior Ministry said 3,000 people were detained. One protester died, the ministry said.", "ministry", "BLRCOP", "BLR", "COP", "organization" },
        // "Kurdish-led" modifies the name after it, which is scanned on its own.
        { "2019-10-10", "The Kurdish-led Syrian Democratic Forces said they had repelled an attack.", "Syrian Democratic Forces", "SYRREB", "SYR", "REB", "organization" },
        // "Governor X of New York": the state of the place after "of"; a role before an irregular past verb is a mention.
        { "2019-08-23", "Seoul protested. Governor Andrew Sample of New York spoke.", "Governor Andrew Sample", "USAGOV", "USA", "GOV", "person" },
        { "2019-08-23", "A U.S. defense official said so. The official spoke on condition of anonymity.", "official", "USAMIL", "USA", "MIL", "person" },
        // A state the quotation names is not the speaker's: the spokesman speaks for the body named before.
        { "2019-03-14", "India's Ministry of External Affairs invited Pakistan to talks. “The burden lies with Islamabad,” ministry spokesman Raveesh Sample told reporters.", "spokesman Raveesh Sample", "INDGOV", "IND", "GOV", "person" },
        // A bare plural role names a group, also when a capital only starts the sentence.
        { "2021-11-03", "Police arrested dozens of protesters, rights groups said.", "rights groups", null, null, "HRI", "organization" },
        { "2021-11-03", "Human rights groups condemned the arrests.", "Human rights groups", null, null, "HRI", "organization" },
    };

    [Fact]
    public void Run_ALaterGovernmentFollowsItsAntecedentsPlacedState()
    {
        var document = Code("Niger's army seized power on Monday. In 2021, soldiers in Mali overthrew the government. The government had ruled since 2020.", "2025-02-20");
        var governments = document.Mentions.Where(m => document.TextOf(m.Span) == "government").ToList();
        Assert.Equal(2, governments.Count);
        Assert.All(governments, m => Assert.Equal("MLIGOV", m.Actor));
    }

    [Theory]
    [MemberData(nameof(Mentions))]
    public void Run_CodesMention(string date, string text, string mention, string? actor, string? country, string? agent, string kind)
    {
        var document = Code(text, date);
        var found = document.Mentions.FirstOrDefault(m => document.TextOf(m.Span) == mention);
        Assert.NotNull(found);
        Assert.Equal((actor, country, agent, kind), (found.Actor, found.Country, found.Agent, found.Kind.ToString().ToLowerInvariant()));
        Assert.Equal(ActorStage.StageName, found.Evidence.Stage);
        Assert.False(string.IsNullOrEmpty(found.Evidence.Rule));
    }

    [Theory]
    // Lower-case "us" is a pronoun, not the United States.
    [InlineData("He told us about it.", "us")]
    // "the North" names North Korea only in an article about Korea.
    [InlineData("The storm hit the North hardest.", "the North")]
    // A month is not a name.
    [InlineData("In May the rains came.", "May")]
    // The hyphen does not split the title into a "Secretary" person and a "General" one.
    [InlineData("United Nations Secretary-General António Guterres said talks would resume.", "United Nations Secretary")]
    // "of" before a place that is not a state leaves a university's name whole.
    [InlineData("Researchers at the University of California found it.", "University")]
    // "pro-"/"anti-" make a stance, not the state.
    [InlineData("Pro-Russian separatists shelled the town.", "Pro-Russian")]
    [InlineData("Protesters chanted anti-American slogans.", "American")]
    // The institution's head word alone is not a mention once the article's premodifier is kept.
    [InlineData("The Foreign Office said it was aware of the reports.", "Office")]
    // A name a term starts is not a title ("Commerce" alone, "Trade" alone).
    [InlineData("U.S. Trade Representative Robert Sample met Treasury Secretary Steven Sample.", "Trade")]
    // "official" before a name is an adjective.
    [InlineData("The official Korean Central News Agency said the talks failed.", "official")]
    // A titled name that goes on with "of" and a name no dictionary knows is no person.
    [InlineData("Seoul said it would not renew the General Security of Military Information Agreement.", "General Security")]
    // A capital that names an accord or a grouping is no state.
    [InlineData("Russia violated the Minsk Agreement, Kyiv said.", "Minsk")]
    [InlineData("The Lima Group urged the armed forces to abandon Maduro.", "Lima")]
    // "social media" names no one.
    [InlineData("Critics posted videos on social media.", "media")]
    // A gerund that opens a sentence, and "Western" or "Arab" before a noun, name no one.
    [InlineData("Fighting erupted on Sunday between Azerbaijan and Armenia.", "Fighting")]
    [InlineData("Shelling continued overnight in the north.", "Shelling")]
    [InlineData("Western diplomats said the Arab world was divided.", "Western")]
    [InlineData("Western diplomats said the Arab world was divided.", "Arab")]
    [InlineData("Former cricket star Imran Khan accused the government.", "Former")]
    [InlineData("Regional officials said fighting was continuing near the border.", "Regional")]
    public void Run_FindsNoMention(string text, string notMention)
    {
        var document = Code(text, "2020-01-10");
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Span) == notMention);
    }

    [Fact]
    public void Run_PronounIsNoReferenceToASurname()
    {
        // "Liu He" then "He said": the pronoun, not the surname.
        var document = Code("Chinese Vice Premier Liu He met the delegation. He said the talks went well. Liu He left on Friday.", "2019-05-10");
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Span) == "He" && m.Evidence.Rule == "actors.person.reference");
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span) == "Liu He" && m.Actor == "CHNGOV");
    }

    [Theory]
    // Out of office: "former" keeps the state's code off a titled name.
    [InlineData("The Polish government condemned the attack. Polish police detained two men. Former President Adam Przyklad praised them.", "Former President Adam Przyklad")]
    [InlineData("The Polish government condemned the attack. Polish police detained two men. Former President Adam Przyklad praised them.", "President Adam Przyklad")]
    // An organization's spokesperson is not the article's state.
    [InlineData("The Polish government condemned the attack. Polish police detained two men. Sea-Help spokesperson Eva Sample welcomed it.", "spokesperson Eva Sample")]
    // "X of Georgia" is as often the US state as the country: the name stays uncoded.
    [InlineData("Doug Example of Georgia said on Twitter that he disagreed.", "Doug Example")]
    // Foreign ministers meeting in a capital are visitors, not that state's ministers.
    [InlineData("On Wednesday, an assembly of foreign ministers in Cairo denounced the plan.", "foreign ministers")]
    // A bare "opposition" is an attitude as often as the state's opposition.
    [InlineData("The US government criticized the ban, and its opposition to the ban grew.", "opposition")]
    [InlineData("Saudi Arabia denied it. The efforts did not persuade world leaders to act.", "leaders")] // world leaders belong to many states
    public void Run_LeavesMentionUncoded(string text, string mention)
    {
        var document = Code(text, "2019-03-02");
        Assert.All(document.Mentions.Where(m => document.TextOf(m.Span) == mention), m => Assert.Null(m.Actor));
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span).EndsWith(mention.Split(' ')[^1], StringComparison.Ordinal));
    }

    [Theory]
    // A list of names is not an apposition, nor is a news outlet before a comma.
    [InlineData("The meeting drew Yousef Example, President Emmanuel Macron and others.", "Yousef Example")]
    [InlineData("According to CNN, a Russian official denied it.", "CNN")]
    public void Run_ListIsNotApposition(string text, string mention)
    {
        var document = Code(text, "2019-03-02");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.True(found.Actor is null or "USAMED", $"{mention} took the code {found.Actor} of a name after the comma");
    }

    [Fact]
    public void Run_PluralRoleAfterCommaStartsAListNotAnApposition()
    {
        var document = Code("The decree of the leader of Northern Sample Fellowship, priests and nuns must report abuse.", "2019-05-12");
        var name = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "Northern Sample Fellowship");
        Assert.NotEqual(MentionKind.Person, name.Kind);
    }

    [Fact]
    public void Run_LongerNameSharingAFirstNameIsAnotherPerson()
    {
        var document = Code("Governor William Example of the United States spoke. Reporter William T. Sample wrote the story.", "2019-03-02");
        var later = Assert.Single(document.Mentions, m => document.TextOf(m.Span).Contains("Sample", StringComparison.Ordinal));
        Assert.Null(later.RefersTo);
    }

    [Fact]
    public void Run_ShortFormResolvesInKoreanContext()
    {
        var document = Code("North Korea fired a missile. Seoul urged pressure on the North.", "2017-07-19");
        var north = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "the North");
        Assert.Equal("PRK", north.Country);
    }

    [Fact]
    public void Run_SurnameRefersToTheFullName()
    {
        var document = Code("South Korean President Moon Jae-in met Abe. Moon said talks were needed.", "2017-07-19");
        var full = document.Mentions.FindIndex(m => document.TextOf(m.Span).EndsWith("Moon Jae-in", StringComparison.Ordinal));
        var later = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "Moon");
        Assert.Equal(full, later.RefersTo);
        Assert.Equal(("KORGOV", "KOR"), (later.Actor, later.Country));
    }

    [Fact]
    public void Run_DefiniteNominalRefersToItsAntecedent()
    {
        var document = Code("A senior official from the Japanese government expressed concern. “We should watch,” the official said.", "2017-07-19");
        var first = document.Mentions.FindIndex(m => document.TextOf(m.Span) == "senior official from the Japanese government");
        var later = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "official");
        Assert.True(first >= 0);
        Assert.Equal(first, later.RefersTo);
        Assert.Equal("JPN", later.Country);
    }

    [Theory]
    // A family name, then a hyphenated given name of two short syllables ("Park" is no park here).
    [InlineData("Yau Wai-ching said she would take her seat.", "Yau Wai-ching")]
    [InlineData("Striker Park Joo-ho scored twice.", "Park Joo-ho")]
    // A profession before an unknown name, in lower case or starting the sentence (the cue is not part of the name).
    [InlineData("The exhibition featured illustrator Zorvath Quellin.", "Zorvath Quellin")]
    [InlineData("Musician Zorvath Quellin performed on Friday.", "Zorvath Quellin")]
    [InlineData("Singer-songwriter Zorvath Quellin attended.", "Zorvath Quellin")]
    // Names joined by "and" with no cue word tying them are two.
    [InlineData("On Sunday, Kwok Ka-ki and Andrew Wan won seats.", "Kwok Ka-ki")]
    [InlineData("On Sunday, Kwok Ka-ki and Andrew Wan won seats.", "Andrew Wan")]
    public void Run_UnknownNameIsPerson(string text, string name)
    {
        var document = Code(text, "2016-09-05");
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span) == name && m.Kind == MentionKind.Person);
    }

    [Theory]
    // A party's name ends at its cue word: "and" after it starts another name.
    [InlineData("Lawmakers of the Civic Party and Wong Pik-wan objected.", "Civic Party", MentionKind.Organization)]
    [InlineData("Lawmakers of the Civic Party and Wong Pik-wan objected.", "Wong Pik-wan", MentionKind.Person)]
    public void Run_NameBoundaries(string text, string name, MentionKind kind)
    {
        var document = Code(text, "2016-09-05");
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span) == name && m.Kind == kind);
    }

    [Fact]
    public void Run_KnownSurnameBeforeAnotherNameIsSomeoneElse()
    {
        // "Kerry" alone is John Kerry; before "Lee" it is another person's given name.
        var document = Code("County sheriff Kerry Lee told the BBC the crowd was too large.", "2019-09-15");
        Assert.DoesNotContain(document.Mentions, m => m.Evidence.Rule.Contains("John Kerry", StringComparison.Ordinal));
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span) == "Kerry Lee" && m.Kind == MentionKind.Person);
    }

    [Fact]
    public void Run_LongHyphenatedPartsAreNoGivenName()
    {
        var document = Code("Voters in North Rhine-Westphalia went to the polls.", "2016-09-05");
        var place = Assert.Single(document.Mentions, m => document.TextOf(m.Span).EndsWith("Rhine-Westphalia", StringComparison.Ordinal));
        Assert.NotEqual(MentionKind.Person, place.Kind);
    }

    [Theory]
    // Companies and news organizations: their head office's state with BUS or MED.
    [InlineData("Boeing said it would cut jobs.", "Boeing", "USABUS")]
    [InlineData("Al Jazeera reported the strike.", "Al Jazeera", "QATMED")]
    [InlineData("Gazprom halted deliveries to Poland.", "Gazprom", "RUSBUS")]
    public void Run_CodesKnownCompanies(string text, string name, string actor)
    {
        var document = Code(text, "2019-05-01");
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span) == name && m.Actor == actor && m.Kind == MentionKind.Organization);
    }

    [Theory]
    // A portfolio after "Minister of" belongs to the title; the name starts at a given name or is the last two words.
    [InlineData("2016-09-05", "Italian Minister of Education Stefania Example visited the school.", "Italian Minister of Education Stefania Example", "ITAGOV")]
    [InlineData("2016-09-05", "Kenyan Minister of Foreign Affairs Zorvath Quellin arrived.", "Kenyan Minister of Foreign Affairs Zorvath Quellin", "KENGOV")]
    // A person's state follows the office held on the article's date: Dutch as prime minister, IGO at NATO.
    [InlineData("2016-09-05", "Mark Rutte spoke in The Hague.", "Mark Rutte", "NLDGOV")]
    [InlineData("2025-03-05", "Mark Rutte spoke in Brussels.", "Mark Rutte", "IGOWSTNAT")]
    // Wire spellings of office holders: Reuters' "Zelenskiy" and "Tayyip Erdogan".
    [InlineData("2022-03-29", "Mykhailo Podolyak, an adviser to President Volodymyr Zelenskiy, said Kyiv would not cede territory.", "President Volodymyr Zelenskiy", "UKRGOV")]
    [InlineData("2020-09-28", "Turkish President Tayyip Erdogan said Armenia must withdraw.", "Turkish President Tayyip Erdogan", "TURGOV")]
    // A state's lead negotiator, then the name in apposition.
    [InlineData("2022-03-29", "Russia's lead negotiator, Vladimir Medinsky, told reporters the talks were constructive.", "Vladimir Medinsky", "RUSGOV")]
    // Congressional leaders' titles are titles, in the majority or in the minority.
    [InlineData("2022-08-03", "Senate Minority Leader Mitch McConnell said the House was rushing.", "Senate Minority Leader Mitch McConnell", "USALEG")]
    [InlineData("2019-09-24", "Senate Majority Leader Mitch McConnell said the House was rushing.", "Senate Majority Leader Mitch McConnell", "USALEG")]
    public void Run_TitledAndDatedPeople(string date, string text, string mention, string actor)
    {
        var document = Code(text, date);
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.Equal(MentionKind.Person, found.Kind);
        Assert.Equal(actor, found.Actor);
        Assert.Equal(actor.StartsWith("IGO", StringComparison.Ordinal) ? "IGO" : actor[..3], found.Country);
    }

    [Theory]
    // An unqualified domestic group or body takes the state of the place its sentence is set "in".
    [InlineData("Thousands of protesters marched in Hong Kong on Sunday.", "protesters", "HKGCVL")]
    [InlineData("Police fired tear gas at demonstrators in Santiago.", "Police", "CHLCOP")]
    [InlineData("Students rallied in Tehran against the government.", "government", "IRNGOV")]
    // Officials closing a sentence set in one state report what happened there.
    [InlineData("A suicide bomber killed 20 people at a wedding in Kabul on Monday, officials said.", "officials", "AFGGOV")]
    public void Run_DomesticRoleTakesTheSentencesPlace(string text, string mention, string actor)
    {
        var document = Code(text, "2019-10-06");
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span) == mention && m.Actor == actor);
    }

    [Theory]
    // Troops are often foreign where they are; two states in the sentence leave the role open.
    [InlineData("Soldiers patrolled in Kabul.", "Soldiers")]
    [InlineData("Protesters marched in Geneva and in Paris.", "Protesters")]
    [InlineData("Foreign ministers met in Cairo on Sunday, officials said.", "officials")]
    public void Run_RoleStaysOpenWithoutOneDomesticPlace(string text, string mention)
    {
        var document = Code(text, "2019-10-06");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.Null(found.Country);
    }

    [Theory]
    // Unnamed people said in a sentence about an international body are no state's, however much the article names one.
    [InlineData("Armenia accused Azerbaijan of shelling. Armenia said it would respond. The U.N. Security Council will meet on Tuesday to discuss the fighting, diplomats said.", "diplomats")]
    [InlineData("Iran denied it. Iran said so again. Iran repeated it. European leaders urged restraint.", "leaders")]
    // "both leaders" are the two just named, never the speaker's own.
    [InlineData("French President Emmanuel Macron said he had spoken to both leaders.", "leaders")]
    // A sentence naming two sides leaves a closing attribution's officials open.
    [InlineData("Clashes between Azerbaijan and ethnic Armenian forces killed dozens of people on Sunday, officials said.", "officials")]
    // A capitalized modifier that names no state: "Security sources".
    [InlineData("Sudan's army ousted the president. Sudan's army said so. Security sources said he was under guard.", "sources")]
    // Reporters are not the state of the place where they hear the news.
    [InlineData("Armenian Prime Minister Nikol Pashinyan told reporters in Yerevan that the talks had failed.", "reporters")]
    public void Run_PluralRoleTakesNoStateItIsNotTiedTo(string text, string mention)
    {
        var document = Code(text, "2020-09-28");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.Null(found.Actor);
    }

    [Theory]
    // A local office is the office of the place its sentence names, not of the last official before it.
    [InlineData("Officials in Washington said they had seen no withdrawal. Russian forces shelled the northern city of Chernihiv overnight, the regional governor said.", "governor", "UKRGOV")]
    // Plural role words in -men are several people ("Spokesmen for both leaders").
    [InlineData("Chinese Foreign Minister Wang Yi said Beijing welcomed the talks. Spokesmen for both leaders said the two would meet again.", "Spokesmen", null)]
    public void Run_RoleTakesOnlyATiedState(string text, string mention, string? actor)
    {
        var document = Code(text, "2022-03-29");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.Equal(actor, found.Actor);
    }

    [Theory]
    // An Arabic article glued to a family name stays inside the name, and the family name alone names the person again.
    [InlineData("Lebanese Prime Minister Saad al-Hariri resigned on Saturday. Hariri said he feared for his life.", "Lebanese Prime Minister Saad al-Hariri", "Hariri", "LBNGOV")]
    [InlineData("Sudan's military ousted President Omar al-Bashir on Thursday. Witnesses said Bashir was being held at the palace.", "President Omar al-Bashir", "Bashir", "SDNGOV")]
    // A family name that a capitalized particle opens is repeated whole.
    [InlineData("Sudan's military seized power, Defence Minister Awad Ibn Auf said. Ibn Auf said the army would rule for two years.", "Defence Minister Awad Ibn Auf", "Ibn Auf", "SDNMIL")]
    public void Run_ArabicFamilyNameRefersToTheFullName(string text, string full, string later, string actor)
    {
        var document = Code(text, "2017-11-04");
        var first = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == full);
        var again = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == later);
        Assert.Equal(actor, first.Actor);
        Assert.Equal(actor, again.Actor);
        Assert.Equal(MentionKind.Person, again.Kind);
    }

    [Theory]
    // Whom a state's officer meets, hosts or calls is most often another state's: the titled name takes no state by guess.
    [InlineData("Egyptian President Abdel Fattah el-Sisi met King Zorvath in Cairo on Sunday.", "King Zorvath")]
    [InlineData("Indian Prime Minister Narendra Modi held talks with President Quellin Examplov on trade.", "President Quellin Examplov")]
    [InlineData("Turkish President Tayyip Erdogan spoke to Prime Minister Zorvath Quellin by phone.", "Prime Minister Zorvath Quellin")]
    public void Run_CounterpartTakesNoHostState(string text, string mention)
    {
        var document = Code(text, "2019-03-02");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.Null(found.Country);
    }

    [Fact]
    public void Run_UnqualifiedMinistryAnswersForThePreviousSentencesSubject()
    {
        // The article is mostly about Saudi Arabia, but the ministry that answers is the state the sentence before opens with.
        var document = Code("Saudi Arabia accused Iran of aggression. Saudi Arabia's crown prince said so again. Iran rejected the accusations. "
            + "Foreign Ministry spokesman Bahram Qassemi said the claims were baseless.", "2017-11-04");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span).StartsWith("Foreign Ministry", StringComparison.Ordinal));
        Assert.Equal("IRNGOV", found.Actor);
    }

    [Theory]
    // Another state's actor in the same sentence acts on the state the article is about, not on its own.
    [InlineData("Myanmar's army seized power on Monday. Myanmar's military detained the leaders. U.S. President Joe Biden threatened to reimpose sanctions on the country.", "MMR")]
    [InlineData("Venezuela's President Nicolas Maduro broke relations with Washington. Venezuela's army backed him. Maduro gave U.S. diplomats 72 hours to leave the country.", "VEN")]
    // The article's own state acting at home keeps it.
    [InlineData("Ukraine's parliament voted on Monday to impose martial law in parts of the country.", "UKR")]
    public void Run_TheCountryIsTheArticlesStateWhenAnotherActs(string text, string country)
    {
        var document = Code(text, "2021-02-01");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "the country");
        Assert.Equal(country, found.Country);
    }

    [Theory]
    // A body's lower-case name, its officer's title and a name are one person, who speaks for the state that opened
    // the sentence before (its subject, not the state it acted on).
    [InlineData("China summoned the U.S. ambassador on Wednesday. \"We will not stand by,\" foreign ministry spokesperson Hua Chunying told a daily briefing.", "ministry spokesperson Hua Chunying", "CHNGOV")]
    [InlineData("Beijing warned Washington. Defence ministry spokesman Wu Qian said the army would respond.", "Defence ministry spokesman Wu Qian", "CHNGOV")]
    public void Run_BodyTitleAndNameSpeakForThePreviousSubject(string text, string mention, string actor)
    {
        var document = Code(text, "2022-08-03");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.Equal(actor, found.Actor);
        Assert.Equal(MentionKind.Person, found.Kind);
    }

    [Theory]
    // A place the dictionaries do not know lies in the state an adjective before its noun or "in" after it names.
    [InlineData("Turkish troops entered the Syrian town of Jarablus on Wednesday.", "Jarablus", "SYR")]
    [InlineData("Airstrikes hit the town of Maarat al-Numan in northwestern Syria on Monday.", "Maarat al-Numan", "SYR")]
    [InlineData("Azerbaijan's forces shelled positions around the regional capital Stepanakert.", "Stepanakert", null)]
    // A capital in apposition to "the capital" is the city, not its government.
    [InlineData("Thousands of protesters gathered in the capital, Bamako, on Friday.", "Bamako", "MLI")]
    public void Run_NamedPlaceTakesTheStateItsPhraseNames(string text, string place, string? country)
    {
        var document = Code(text, "2020-09-28");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == place);
        Assert.Equal(MentionKind.Location, found.Kind);
        Assert.Null(found.Actor);
        Assert.Equal(country, found.Country);
    }

    [Fact]
    public void Run_StateInstitutionsOfficerIsThePersonNamed()
    {
        var document = Code("U.S. State Department spokesman Ned Price urged restraint.", "2022-03-29");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "U.S. State Department spokesman Ned Price");
        Assert.Equal("USAGOV", found.Actor);
        Assert.Equal(MentionKind.Person, found.Kind);
    }

    [Theory]
    // A title word after a modal or "to" is a verb: the name after it is the person, untitled.
    [InlineData("Johnson said he would judge Putin by his actions.", "judge Putin", "Putin")]
    [InlineData("Voters will judge President Biden in November.", "judge President Biden", "President Biden")]
    public void Run_TitleWordAfterModalIsAVerb(string text, string notMention, string mention)
    {
        var document = Code(text, "2022-03-29");
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Span) == notMention);
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span) == mention && m.Kind == MentionKind.Person);
    }

    [Theory]
    // A state's envoy to an international organization is the state's, named in apposition or after the title.
    [InlineData("China's U.N. envoy, Liu Jieyi, urged Pyongyang to stop.", "Liu Jieyi", "CHNGOV")]
    [InlineData("Japan's U.N. Ambassador Koro Bessho said the sanctions were a strong signal.", "Japan's U.N. Ambassador Koro Bessho", "JPNGOV")]
    // "the court" after an international court named in full is that court, not a court of the dateline's state.
    [InlineData("THE HAGUE (Reuters) - The International Criminal Court issued an arrest warrant for Vladimir Putin. The court also issued a warrant for his commissioner.", "court", "IGOICC")]
    // A prosecutor general is judicial, not military.
    [InlineData("Ukraine's Prosecutor General Andriy Kostin welcomed the move.", "Ukraine's Prosecutor General Andriy Kostin", "UKRJUD")]
    public void Run_OfficeAndBodyCodes(string text, string mention, string actor)
    {
        var document = Code(text, "2023-03-17");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.Equal(actor, found.Actor);
    }

    [Fact]
    public void Run_NorthernIrishIsBritish()
    {
        var document = Code("Prime Minister Boris Johnson's Northern Irish allies refused to back the deal.", "2019-10-17");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "Northern Irish");
        Assert.Equal("GBR", found.Country);
    }

    [Fact]
    public void Run_DescribingWordBeforeAKnownNameIsNoPartOfIt()
    {
        var document = Code("Leftist Luiz Inacio Lula da Silva narrowly won Brazil's presidential election on Sunday.", "2022-10-31");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "Luiz Inacio Lula da Silva");
        Assert.Equal(MentionKind.Person, found.Kind);
        Assert.Equal("BRA", found.Country);
    }

    [Fact]
    public void Run_FormerOfficeHolderIsNoOrganOfTheState()
    {
        var document = Code("Brazil voted on Sunday. Lula, a former president who was jailed for corruption, won 50.9% of the votes.", "2022-10-31");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "president");
        Assert.Null(found.Actor);
    }

    [Theory]
    // A person's role chained to a body's is a person, and the name in apposition after it is that person.
    [InlineData("A Houthi military spokesman, Yahya Sarea, said the group had deployed 10 drones.", "Yahya Sarea", "YEMREB")]
    // A name that starts with a known person's single name word goes on ("Abbas" alone is Mahmoud Abbas).
    [InlineData("Iran's foreign ministry spokesman Abbas Mousavi rejected the accusation.", "Iran's foreign ministry spokesman Abbas Mousavi", "IRNGOV")]
    // Abbreviated military ranks are titles.
    [InlineData("The Israeli military said it had struck Gaza. Israeli army spokesman Lt. Col. Jonathan Conricus said so.", "Israeli army spokesman Lt. Col. Jonathan Conricus", "ISRMIL")]
    // The Red Crescent is the Red Cross's movement.
    [InlineData("The Palestinian Red Crescent said more than 300 Palestinians were hurt.", "Red Crescent", "NGOHLHIRC")]
    public void Run_ChainedRolesAndRanks(string text, string mention, string actor)
    {
        var document = Code(text, "2019-09-14");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.Equal(actor, found.Actor);
    }

    [Fact]
    public void Run_WeaponRefersBackOnlyToItsOwnWord()
    {
        // "the drone" is not the armed body named last (the Revolutionary Guards shot it down).
        var document = Code("Iran shot down a surveillance drone on Thursday, the Revolutionary Guards said. Washington said the drone was in international airspace.", "2019-06-20");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "drone" && m.Sentence == 1);
        Assert.NotEqual("IRN", found.Country);
    }

    [Theory]
    // A bare organ joined by "and" to a state's organ shares its state; rebels so joined do not.
    [InlineData("Indian troops and police were deployed across northern India.", "police", "INDCOP")]
    [InlineData("Russian forces and rebels clashed near the border.", "rebels", null)]
    public void Run_CoordinatedRoleSharesTheOrgansState(string text, string mention, string? actor)
    {
        var document = Code(text, "2017-08-26");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == mention);
        Assert.Equal(actor, found.Actor);
    }

    [Fact]
    public void Run_SentenceOpeningPossessiveIsThePreviousSubjects()
    {
        // "Its" opening a sentence is the subject that opened the one before, not "Hamas" of "Hamas targets"; a
        // military's spokesman is military.
        var document = Code("The Israeli military said it had struck Hamas targets. Its spokesman said militants had crossed a red line.", "2021-05-10");
        var found = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "spokesman");
        Assert.Equal("ISRMIL", found.Actor);
    }

    [Fact]
    public void Run_PersonNamePrecededByTitleIsPerson()
    {
        var document = Code("Apple CEO Steve Jobs presented the phone.", "2008-01-10");
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span) == "Apple" && m.Kind == MentionKind.Organization);
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span).EndsWith("Steve Jobs", StringComparison.Ordinal) && m.Kind == MentionKind.Person);
    }

    [Fact]
    public void ProbeWords_CountsTheWordsTheLexiconKnows()
    {
        // The bench's floor probe: dictionary words (names, roles, common words the table classifies) count; made-up ones do not.
        long known = ActorLexicon.Default.ProbeWords(Code("Japan and China met in Tokyo.", "2020-01-10"));
        long unknown = ActorLexicon.Default.ProbeWords(Code("Zorvath quellin blarg.", "2020-01-10"));
        Assert.True(known >= 3, $"known {known}");
        Assert.Equal(0, unknown);
    }

    private static Document Code(string text, string date)
    {
        var document = new Document("t", text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        new TokenizerStage().Run(document, default);
        new SentenceStage().Run(document, default);
        Stage.Run(document, default);
        return document;
    }
}

public sealed class PeerLexiconStageTests
{
    private static readonly Lazy<ActorStage> Phoenix = new(() =>
    {
        var folder = Path.Combine(TestPaths.Shared, "corpora", "petrarch2");
        return new ActorStage(ActorLexicon.FromPetrarch(
            [Path.Combine(folder, "Phoenix.Countries.actors.txt"), Path.Combine(folder, "Phoenix.International.actors.txt")],
            Path.Combine(folder, "Phoenix.agents.txt")));
    });

    [Theory]
    // A PETRARCH country phrase composes with a PETRARCH agent.
    [InlineData("2017-07-19", "The Japanese government appears apprehensive.", "Japanese government", "JPNGOV")]
    // A date-restricted person code: Sisi is Egypt's government after June 2014.
    [InlineData("2017-07-19", "Abdel Fattah al-Sisi met the delegation.", "Abdel Fattah al-Sisi", "EGYGOV")]
    public void Run_CodesWithPetrarchDictionaries(string date, string text, string mention, string actor)
    {
        var document = new Document("t", text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        new TokenizerStage().Run(document, TestContext.Current.CancellationToken);
        new SentenceStage().Run(document, TestContext.Current.CancellationToken);
        Phoenix.Value.Run(document, TestContext.Current.CancellationToken);
        var found = document.Mentions.FirstOrDefault(m => document.TextOf(m.Span) == mention);
        Assert.NotNull(found);
        Assert.Equal(actor, found.Actor);
    }
}

public sealed class InstitutionCompositionTests
{
    [Theory]
    [InlineData("Pakistan’s Foreign Office welcomed the plan.", "Pakistan’s Foreign Office", "PAKGOV")] // a body usually meaning another state's keeps the named state
    [InlineData("The South Korean Blue House said so.", "South Korean Blue House", "KORGOV")] // an institution after its own state's adjective
    [InlineData("Britain’s Foreign Office said so.", "Britain’s Foreign Office", "GBRGOV")] // its own state
    public void Run_StateBeforeInstitution(string text, string mention, string actor)
    {
        var document = new Document("t", text, new DateOnly(2019, 3, 14));
        new TokenizerStage().Run(document, TestContext.Current.CancellationToken);
        new SentenceStage().Run(document, TestContext.Current.CancellationToken);
        new ActorStage().Run(document, TestContext.Current.CancellationToken);
        var found = document.Mentions.FirstOrDefault(m => document.TextOf(m.Span) == mention);
        Assert.NotNull(found);
        Assert.Equal(actor, found.Actor);
    }
}
