using Integra.Cms.Models;

namespace Integra.Cms.Seed;

/// <summary>Example news, calls, events and questions, marked as examples in their titles so nobody mistakes them for real announcements.</summary>
public static class ExampleContent
{
    public sealed record News(SeedText Title, SeedText Slug, SeedText Summary, SeedText Body, string[] Municipalities);

    public static readonly News[] NewsItems =
    [
        new(
            new("Shembull: Ditë informuese për thirrjen për grante biznesi në të gjitha komunat", "Primer: Informativni dani o pozivu za poslovne grantove u svim opštinama", "Example: Information days on the business grant call in every municipality"),
            new("shembull-dite-informuese", "primer-informativni-dani", "example-information-days"),
            new("Para mbylljes së thirrjes, ekipi i projektit viziton secilën komunë përfituese.", "Pre zatvaranja poziva, projektni tim obilazi svaku opštinu korisnicu.", "Before the call closes, the project team visits every beneficiary municipality."),
            new("Ky është një lajm shembull. Para se të mbyllet një thirrje, ekipi i projektit mban një ditë informuese në secilën komunë përfituese për të shpjeguar kush mund të aplikojë, si përgatitet plani i biznesit dhe cilat dokumente nevojiten.",
                "Ovo je primer vesti. Pre zatvaranja poziva, projektni tim održava informativni dan u svakoj opštini korisnici kako bi objasnio ko može da se prijavi, kako se priprema biznis plan i koja su dokumenta potrebna.",
                "This is an example news item. Before a call closes, the project team holds an information day in each beneficiary municipality to explain who may apply, how to prepare a business plan and which documents are needed."),
            [.. CmsContentTypes.MunicipalityCodes]),
        new(
            new("Shembull: Ekipet komunale trajnohen së bashku për konkursin e Qendrave për Angazhim në Komunitet", "Primer: Opštinski timovi zajedno na obuci za konkurs za centre za angažovanje zajednice", "Example: Municipal teams train together for the Community Engagement Centers competition"),
            new("shembull-trajnimi-i-ekipeve-komunale", "primer-obuka-opstinskih-timova", "example-municipal-teams-training"),
            new("Pesë ditë trajnim, pastaj propozimet dhe vlerësimi i ndërsjellë.", "Pet dana obuke, zatim predlozi i međusobno ocenjivanje.", "Five days of training, then proposals and peer scoring."),
            new("Ky është një lajm shembull. Ekipet nga komunat përfituese ndoqën së bashku një trajnim pesëditor, pastaj prezantuan propozimet e tyre për një Qendër për Angazhim në Komunitet dhe vlerësuan propozimet e njëri-tjetrit. Komunat e përzgjedhura i bashkëfinancojnë qendrat e tyre.",
                "Ovo je primer vesti. Timovi iz opština korisnica zajedno su prošli petodnevnu obuku, zatim predstavili svoje predloge za centar za angažovanje zajednice i ocenili predloge drugih timova. Izabrane opštine sufinansiraju svoje centre.",
                "This is an example news item. Teams from the beneficiary municipalities attended a five-day training together, then presented their proposals for a Community Engagement Center and scored each other's. The municipalities chosen co-finance their centres."),
            ["gracanica", "malisheva", "prizren"]),
        new(
            new("Shembull: Bizneset e reja në Malishevë marrin pajisjet", "Primer: Nova preduzeća u Mališevu dobila opremu", "Example: New businesses in Malisheva receive their equipment"),
            new("shembull-pajisjet-ne-malisheve", "primer-oprema-u-malisevu", "example-equipment-in-malisheva"),
            new("Pesë biznese të reja, pajisje në vlerë prej 2.500 euro secili.", "Pet novih preduzeća, oprema u vrednosti od po 2.500 evra.", "Five new businesses, equipment worth EUR 2,500 each."),
            new("Ky është një lajm shembull. Pesë biznese të reja në Malishevë morën pajisje në vlerë prej 2.500 euro secili: 2.100 euro në natyrë nga projekti, 300 euro nga komuna dhe 100 euro nga vetë pronarët.",
                "Ovo je primer vesti. Pet novih preduzeća u Mališevu dobilo je opremu u vrednosti od po 2.500 evra: 2.100 evra u naturi od projekta, 300 evra od opštine i 100 evra od samih vlasnika.",
                "This is an example news item. Five new businesses in Malisheva received equipment worth EUR 2,500 each: EUR 2,100 in kind from the project, EUR 300 from the municipality and EUR 100 from the owners themselves."),
            ["malisheva"]),
    ];

    /// <summary>A call whose opening and closing times are days from the seed time: one open, one upcoming, one closed.</summary>
    public sealed record Call(SeedText Title, SeedText Slug, SeedText Summary, SeedText Body, SeedText WhoMayApply, string Component, int CallNumber, int OpensInDays, int ClosesInDays, (SeedText Question, SeedText Answer)[] Questions);

    public static readonly Call[] Calls =
    [
        new(
            new("Shembull: Thirrje për grante biznesi – thirrja e dytë (komponenti 2)", "Primer: Poziv za poslovne grantove – drugi poziv (komponenta 2)", "Example: Call for business grants – second call (component 2)"),
            new("shembull-grante-biznesi-2", "primer-poslovni-grantovi-2", "example-business-grants-2"),
            new("Trajnim për planifikimin e biznesit dhe pajisje në vlerë prej 2.500 euro për biznese të reja.", "Obuka iz poslovnog planiranja i oprema u vrednosti od 2.500 evra za nova preduzeća.", "Training in business planning and equipment worth EUR 2,500 for new businesses."),
            new("Kjo është një thirrje shembull. Aplikuesit me një ide biznesi ndjekin trajnimin për planifikimin dhe menaxhimin e biznesit; planet më të mira marrin pajisje në vlerë prej 2.500 euro: 2.100 euro në natyrë nga projekti, 300 euro nga komuna dhe 100 euro nga përfituesi. Përparësi kanë idetë inovative, sektorët që mungojnë në tregun lokal, zëvendësimi i importit dhe produktet miqësore me mjedisin.",
                "Ovo je primer poziva. Prijavljeni sa poslovnom idejom pohađaju obuku iz poslovnog planiranja i upravljanja; najbolji planovi dobijaju opremu u vrednosti od 2.500 evra: 2.100 evra u naturi od projekta, 300 evra od opštine i 100 evra od korisnika. Prednost imaju inovativne ideje, sektori kojih nema dovoljno na lokalnom tržištu, zamena uvoza i ekološki prihvatljivi proizvodi.",
                "This is an example call. Applicants with a business idea attend training in business planning and management; the best plans receive equipment worth EUR 2,500: EUR 2,100 in kind from the project, EUR 300 from the municipality and EUR 100 from the beneficiary. Preference goes to innovative ideas, sectors lacking in the local market, import substitution and eco-friendly products."),
            new("Gratë e moshës 18–65 vjeç dhe burrat e moshës 18–35 vjeç, të kthyer ose nga grupet në rrezik, që jetojnë në njërën nga komunat përfituese dhe duan të hapin biznesin e tyre.",
                "Žene od 18 do 65 godina i muškarci od 18 do 35 godina, povratnici ili osobe iz rizičnih grupa, koji žive u jednoj od opština korisnica i žele da pokrenu sopstveni posao.",
                "Women aged 18–65 and men aged 18–35, returnees or people from groups at risk, who live in one of the beneficiary municipalities and want to start their own business."),
            "2", 2, -10, 20,
            [
                (new("Sa mbështetje merr një biznes?", "Koliku podršku dobija jedno preduzeće?", "How much support does a business receive?"),
                 new("Pajisje në vlerë gjithsej 2.500 euro: 2.100 euro nga projekti, 300 euro nga komuna dhe 100 euro nga përfituesi.", "Opremu ukupne vrednosti 2.500 evra: 2.100 evra od projekta, 300 evra od opštine i 100 evra od korisnika.", "Equipment worth EUR 2,500 in total: EUR 2,100 from the project, EUR 300 from the municipality and EUR 100 from the beneficiary.")),
                (new("A jepet mbështetja në para të gatshme?", "Da li se podrška isplaćuje u novcu?", "Is the support paid in cash?"),
                 new("Jo. Projekti jep pajisje dhe mallra, jo para të gatshme.", "Ne. Projekat obezbeđuje opremu i robu, a ne novac.", "No. The project provides equipment and goods, not cash.")),
            ]),
        new(
            new("Shembull: Thirrje për aftësim profesional – thirrja e dytë (komponenti 3)", "Primer: Poziv za stručnu obuku – drugi poziv (komponenta 3)", "Example: Call for vocational training – second call (component 3)"),
            new("shembull-aftesim-profesional-2", "primer-strucna-obuka-2", "example-vocational-training-2"),
            new("Rikualifikim përmes aftësimit profesional në zanate që i mungojnë tregut të punës.", "Prekvalifikacija kroz stručnu obuku za zanimanja koja nedostaju na tržištu rada.", "Re-qualification through vocational training in trades the labour market lacks."),
            new("Kjo është një thirrje shembull. Projekti mbulon aftësimin profesional për zanate që mungojnë në Kosovë, për ata që duan të kualifikohen ose të rikualifikohen.",
                "Ovo je primer poziva. Projekat pokriva stručnu obuku za zanimanja koja nedostaju na Kosovu, za one koji žele da se kvalifikuju ili prekvalifikuju.",
                "This is an example call. The project covers vocational training in trades that Kosovo lacks, for those who want to qualify or re-qualify."),
            new("Të kthyerit dhe personat nga grupet në rrezik në komunat përfituese që duan të kualifikohen ose të rikualifikohen për një zanat të kërkuar.",
                "Povratnici i osobe iz rizičnih grupa iz opština korisnica koji žele da se kvalifikuju ili prekvalifikuju za traženo zanimanje.",
                "Returnees and people from groups at risk in the beneficiary municipalities who want to qualify or re-qualify for a trade in demand."),
            "3", 2, 14, 45, []),
        new(
            new("Shembull: Thirrje për punëdhënës – thirrja e parë (komponenti 4)", "Primer: Poziv za poslodavce – prvi poziv (komponenta 4)", "Example: Call for employers – first call (component 4)"),
            new("shembull-punedhenes-1", "primer-poslodavci-1", "example-employers-1"),
            new("Punëdhënësit që punësojnë të kthyer ose persona në rrezik marrin pajisje dhe mallra për çdo person të punësuar.", "Poslodavci koji zaposle povratnike ili osobe iz rizičnih grupa dobijaju opremu i robu za svaku zaposlenu osobu.", "Employers who hire returnees or people at risk receive equipment and goods for each person hired."),
            new("Kjo është një thirrje shembull. Kompanitë ekzistuese që punësojnë përfitues të projektit marrin mbështetje në pajisje dhe mallra për çdo person të punësuar.",
                "Ovo je primer poziva. Postojeća preduzeća koja zaposle korisnike projekta dobijaju podršku u opremi i robi za svaku zaposlenu osobu.",
                "This is an example call. Existing companies that hire the project's beneficiaries receive support in equipment and goods for each person hired."),
            new("Kompanitë e regjistruara dhe aktive në njërën nga komunat përfituese që do të punësojnë gra të kthyera, të rinj të kthyer ose persona nga grupet në rrezik.",
                "Preduzeća registrovana i aktivna u jednoj od opština korisnica koja će zaposliti žene povratnice, mlade povratnike ili osobe iz rizičnih grupa.",
                "Companies registered and active in one of the beneficiary municipalities that will hire women returnees, young returnees or people from groups at risk."),
            "4", 1, -90, -30, []),
    ];

    /// <summary>An event some days from the seed time, from one whole hour to another in Belgrade time.</summary>
    public sealed record Event(SeedText Title, SeedText Slug, SeedText Summary, SeedText Body, SeedText Place, int InDays, int StartHour, int EndHour, string[] Municipalities);

    public static readonly Event[] Events =
    [
        new(
            new("Shembull: Ditë informuese për grantet e biznesit në Prizren", "Primer: Informativni dan o poslovnim grantovima u Prizrenu", "Example: Information day on business grants in Prizren"),
            new("shembull-dite-informuese-prizren", "primer-informativni-dan-prizren", "example-information-day-prizren"),
            new("Ekipi i projektit shpjegon kush mund të aplikojë dhe si përgatitet plani i biznesit.", "Projektni tim objašnjava ko može da se prijavi i kako se priprema biznis plan.", "The project team explains who may apply and how to prepare a business plan."),
            new("Ky është një aktivitet shembull. Të interesuarit për thirrjen për grante biznesi mund të vijnë me pyetjet e tyre: ekipi i projektit shpjegon kriteret, dokumentet e nevojshme dhe afatin e thirrjes. Hyrja është e lirë.",
                "Ovo je primer događaja. Zainteresovani za poziv za poslovne grantove mogu doći sa svojim pitanjima: projektni tim objašnjava kriterijume, potrebna dokumenta i rok poziva. Ulaz je slobodan.",
                "This is an example event. Anyone interested in the call for business grants can come with their questions: the project team explains the criteria, the documents needed and the call's deadline. Entry is free."),
            new("Salla e Kuvendit Komunal, Prizren", "Sala Skupštine opštine, Prizren", "Municipal Assembly hall, Prizren"),
            5, 10, 12, ["prizren"]),
        new(
            new("Shembull: Panair punësimi për punëdhënës dhe punëkërkues në Rahovec", "Primer: Sajam zapošljavanja za poslodavce i nezaposlene u Orahovcu", "Example: Job fair for employers and jobseekers in Rahovec"),
            new("shembull-panair-punesimi-rahovec", "primer-sajam-zaposljavanja-orahovac", "example-job-fair-rahovec"),
            new("Kompanitë lokale takojnë të kthyerit dhe të rinjtë që kërkojnë punë.", "Lokalna preduzeća upoznaju povratnike i mlade koji traže posao.", "Local companies meet returnees and young people looking for work."),
            new("Ky është një aktivitet shembull. Punëdhënësit që duan të punësojnë të kthyer ose persona nga grupet në rrezik prezantojnë vendet e lira të punës, dhe ekipi i projektit shpjegon mbështetjen në pajisje dhe mallra që marrin për çdo person të punësuar.",
                "Ovo je primer događaja. Poslodavci koji žele da zaposle povratnike ili osobe iz rizičnih grupa predstavljaju slobodna radna mesta, a projektni tim objašnjava podršku u opremi i robi koju dobijaju za svaku zaposlenu osobu.",
                "This is an example event. Employers who want to hire returnees or people from groups at risk present their vacancies, and the project team explains the support in equipment and goods they receive for each person hired."),
            new("Qendra rinore, Rahovec", "Omladinski centar, Orahovac", "Youth centre, Rahovec"),
            21, 11, 15, ["rahovec"]),
    ];

    /// <summary>A question page: the title is the question, the body the answer.</summary>
    public sealed record Question(SeedText Title, SeedText Slug, SeedText Answer);

    public static readonly Question[] Questions =
    [
        new(
            new("Shembull: Kush mund të aplikojë për grant biznesi?", "Primer: Ko može da se prijavi za poslovni grant?", "Example: Who may apply for a business grant?"),
            new("shembull-kush-mund-te-aplikoje", "primer-ko-moze-da-se-prijavi", "example-who-may-apply"),
            new("Ky është një shembull pyetjeje. Gratë e moshës 18–65 vjeç dhe burrat e moshës 18–35 vjeç, të kthyer ose nga grupet në rrezik, që jetojnë në njërën nga 11 komunat përfituese. Kushtet e sakta janë në udhëzimet e secilës thirrje.",
                "Ovo je primer pitanja. Žene od 18 do 65 godina i muškarci od 18 do 35 godina, povratnici ili osobe iz rizičnih grupa, koji žive u jednoj od 11 opština korisnica. Tačni uslovi su u smernicama svakog poziva.",
                "This is an example question. Women aged 18–65 and men aged 18–35, returnees or people from groups at risk, who live in one of the 11 beneficiary municipalities. The exact conditions are in each call's guidelines.")),
        new(
            new("Shembull: A jepet granti në para të gatshme?", "Primer: Da li se grant isplaćuje u novcu?", "Example: Is the grant paid in cash?"),
            new("shembull-granti-ne-para", "primer-grant-u-novcu", "example-grant-in-cash"),
            new("Ky është një shembull pyetjeje. Jo. Projekti jep pajisje dhe mallra në vlerë prej 2.500 euro: 2.100 euro nga projekti, 300 euro nga komuna dhe 100 euro nga përfituesi.",
                "Ovo je primer pitanja. Ne. Projekat obezbeđuje opremu i robu u vrednosti od 2.500 evra: 2.100 evra od projekta, 300 evra od opštine i 100 evra od korisnika.",
                "This is an example question. No. The project provides equipment and goods worth EUR 2,500: EUR 2,100 from the project, EUR 300 from the municipality and EUR 100 from the beneficiary.")),
    ];
}
