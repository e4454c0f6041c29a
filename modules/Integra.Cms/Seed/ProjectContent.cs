namespace Integra.Cms.Seed;

/// <summary>INTEGRA's real content, from the project's own description (shared/mission), in the site's languages.</summary>
public static class ProjectContent
{
    public static readonly SeedText AboutTitle = new("Rreth projektit INTEGRA", "O projektu INTEGRA", "About INTEGRA");

    public static readonly SeedText AboutSlug = new("rreth-projektit", "o-projektu", "about");

    public static readonly SeedText AboutSummary = new(
        "Riintegrim i qëndrueshëm në Kosovë për gratë dhe të rinjtë e kthyer dhe për personat vulnerabël vendorë, 1 dhjetor 2022 – 31 gusht 2025.",
        "Održiva reintegracija žena i mladih povratnika i ranjivog lokalnog stanovništva na Kosovu, od 1. decembra 2022. do 31. avgusta 2025.",
        "Sustainable reintegration in Kosovo for women and young returnees and vulnerable local people, 1 December 2022 – 31 August 2025.");

    public static readonly SeedText[] AboutParagraphs =
    [
        new(
            "„Nxitja e riintegrimit të qëndrueshëm lokal të grave dhe të rinjve të kthyer dhe të personave vulnerabël vendorë në Kosovë”, i njohur si INTEGRA, financohet përmes programit {PH} (Perspektiva në atdhe) të Ministrisë Federale Gjermane për Bashkëpunim Ekonomik dhe Zhvillim ({BMZ}). Projekti mbështet të kthyerit dhe personat vulnerabël vendorë që të bëjnë një fillim të ri në vendin e tyre të origjinës. Zbatohet nga Fondacioni për Zhvillim të Qëndrueshëm Ekonomik – {PREDA}, në partneritet me {WENT} dhe me mbështetjen e {ASB}.",
            "„Podsticanje održive lokalne reintegracije žena i mladih povratnika i lokalnog ranjivog stanovništva na Kosovu”, poznat kao INTEGRA, finansira se kroz program {PH} („Perspektiva domovina”) Saveznog ministarstva za ekonomsku saradnju i razvoj Nemačke ({BMZ}). Projekat podržava povratnike i ranjivo lokalno stanovništvo da započnu novi život u zemlji porekla. Sprovodi ga Fondacija za održivi ekonomski razvoj – {PREDA}, u partnerstvu sa {WENT} i uz podršku {ASB}.",
            "“Fostering sustainable local reintegration of women and youth returnees and local vulnerable people in Kosovo”, known as INTEGRA, is funded through the programme “Perspektive Heimat” (Perspective Homeland) of the German Federal Ministry for Economic Cooperation and Development (BMZ). It supports returnees and vulnerable local people in making a fresh start in their country of origin. The project is implemented by the Foundation for Sustainable Economic Development – PREDA Plus Kosovo, in partnership with Wentrepreneur Kosovo and with the support of Arbeiter-Samariter-Bund (ASB)."),
        new(
            "Projekti filloi më 1 dhjetor 2022 dhe zbatohet deri më 31 gusht 2025.",
            "Projekat je počeo 1. decembra 2022. i traje do 31. avgusta 2025.",
            "The project started on 1 December 2022 and runs until 31 August 2025."),
        new(
            "INTEGRA synon integrimin shoqëror dhe ekonomik në vendlindje të të kthyerve dhe të grupeve në rrezik, të cilët fitojnë një perspektivë për të qëndruar, përmes ngritjes së kapaciteteve, punësimit dhe vetëpunësimit, që u mundësojnë të sigurojnë të ardhura për familjet e tyre dhe të ndërtojnë jetën në Kosovë. Një veprim i tillë është i rëndësishëm si për integrimin shoqëror, ashtu edhe për ndjeshmërinë ndërkombëtare ndaj çështjeve të migrimit.",
            "INTEGRA teži društvenoj i ekonomskoj integraciji povratnika i rizičnih grupa u domovini, kako bi dobili perspektivu da ostanu, kroz jačanje kapaciteta, zapošljavanje i samozapošljavanje, koji im omogućavaju da obezbede prihod za svoje porodice i izgrade život na Kosovu. Takva aktivnost važna je i za društvenu integraciju i zbog međunarodne osetljivosti na pitanja migracija.",
            "INTEGRA aims at the social and economic integration, in their home country, of returnees and of groups at risk, who gain a perspective to stay through capacity building, employment and self-employment that let them earn an income for their families and build their lives in Kosovo. This matters for social integration as well as for the international sensitivity to migration."),
        new(
            "Projekti synon drejtpërdrejt 563 persona: gra të kthyera, të rinj të kthyer dhe persona nga grupet në rrezik, si dhe zyrtarë komunalë dhe të qeverisë qendrore. Kurdo që është e mundur, projekti përfshin edhe komunitetet përkatëse.",
            "Projekat je direktno namenjen za 563 osobe: žene povratnice, mlade povratnike i osobe iz rizičnih grupa, kao i službenike opština i centralne vlasti. Kad god je moguće, projekat uključuje i odgovarajuće zajednice.",
            "INTEGRA directly targets 563 people: women returnees, returned youth and people from groups at risk, as well as municipal and central government officials. Wherever possible, the project also engages the communities concerned."),
        new(
            "Projekti zbatohet në 11 komuna përfituese: Drenas, Malishevë, Graçanicë, Mitrovicë e Jugut, Istog, Prizren, Klinë, Rahovec, Lipjan, Suharekë dhe Vushtrri.",
            "Projekat se sprovodi u 11 opština korisnica: Glogovac, Mališevo, Gračanica, Južna Mitrovica, Istok, Prizren, Klina, Orahovac, Lipljan, Suva Reka i Vučitrn.",
            "The project is implemented in 11 beneficiary municipalities: Drenas, Malisheva, Gracanica, South Mitrovica, Istog, Prizren, Klina, Rahovec, Lipjan, Suhareka and Vushtrri."),
    ];

    public static readonly SeedText ComponentsIntro = new(
        "Pesë komponentët e projektit janë të ndërlidhur për të arritur objektivin e tij:",
        "Pet komponenti projekta međusobno su povezane kako bi se ostvario njegov cilj:",
        "Its five components are interlinked to achieve the project's objective:");

    public sealed record Component(int Number, SeedText Title, SeedText Slug, SeedText Summary, SeedText Body, int Target, SeedText TargetUnit, int? SecondTarget = null, SeedText? SecondTargetUnit = null);

    private static readonly SeedText TwoCalls = new(
        "Komponenti organizohet në dy thirrje të veçanta.",
        "Komponenta se sprovodi kroz dva odvojena poziva.",
        "This component is organised in two separate calls.");

    public static readonly Component[] Components =
    [
        new(1,
            new("Komponenti 1: Ngritja e kapaciteteve dhe shkëmbimi i përvojave për zyrtarët", "Komponenta 1: Jačanje kapaciteta i razmena iskustava za službenike", "Component 1: Capacity building and exchange of experience for officials"),
            new("ngritja-e-kapaciteteve", "jacanje-kapaciteta", "capacity-building"),
            new("Ngritja e kapaciteteve dhe shkëmbimi i përvojave ndërmjet 35 përfaqësuesve të komunave dhe të qeverisë qendrore.",
                "Jačanje kapaciteta i razmena iskustava između 35 predstavnika opština i centralne vlasti.",
                "Strengthening capacities and exchange of experience between 35 municipal and central government representatives."),
            new("Ky aktivitet ngrit aftësitë e zyrtarëve komunalë dhe të qeverisë qendrore dhe u jep atyre mundësinë të shkëmbejnë përvojat nga puna e përditshme me të kthyerit dhe nevojat e tyre më të ngutshme. Ata i bashkohen ekipit të projektit në hartimin e skemave të granteve për të kthyerit dhe marrin pjesë në vizitat e monitorimit. Kjo do t'i ndihmojë që në të ardhmen të nisin dhe të menaxhojnë skema të ngjashme, të financuara nga Qeveria e Kosovës ose nga komunat.",
                "Ova aktivnost jača veštine službenika opština i centralne vlasti i pruža im priliku da razmene iskustva iz svakodnevnog rada sa povratnicima i njihovim najhitnijim potrebama. Oni se pridružuju projektnom timu u osmišljavanju šema grantova za povratnike i učestvuju u posetama praćenja. To će im pomoći da u budućnosti pokrenu i vode slične šeme koje finansiraju Vlada Kosova ili opštine.",
                "This activity builds the skills of municipal and central government officials and gives them an opportunity to share their experience of everyday work with returnees and their most pressing needs. They join the project team in designing the grant schemes for returnees and take part in monitoring visits. This will help them launch and manage similar schemes in future, funded by the Government of Kosovo or by the municipalities."),
            35, new("zyrtarë", "službenika", "officials")),
        new(2,
            new("Komponenti 2: Planifikimi dhe menaxhimi i biznesit dhe pajisje për biznese të reja", "Komponenta 2: Planiranje i upravljanje poslovanjem i oprema za nova preduzeća", "Component 2: Business planning and management, and equipment for new businesses"),
            new("biznese-te-reja", "nova-preduzeca", "new-businesses"),
            new("Trajnim për 120 të kthyer dhe persona nga grupet në rrezik në planifikimin dhe menaxhimin e biznesit, dhe pajisje për 100 biznese të reja.",
                "Obuka 120 povratnika i osoba iz rizičnih grupa iz poslovnog planiranja i upravljanja i oprema za 100 novih preduzeća.",
                "Training for 120 returnees and people from groups at risk in business planning and management, and equipment for 100 new businesses."),
            new("Përfitues janë kryesisht gratë dhe të rinjtë e kthyer, por edhe persona nga grupet në rrezik që duan të hapin biznesin e tyre. Pajisjet u jepen atyre që vijnë me ide inovative, mbulojnë sektorë që mungojnë në tregun lokal, ofrojnë produkte dhe shërbime që zëvendësojnë importin ose janë miqësore me mjedisin. Shembuj të ideve që mbështeten: dizajnerë, specialistë të teknologjisë së informacionit, zhvillues të uebit, kultivues të ushqimit organik dhe përpunues të ushqimit.",
                "Korisnici su uglavnom žene i mladi povratnici, ali i osobe iz rizičnih grupa koje žele da pokrenu sopstveni posao. Oprema se dodeljuje onima koji dođu sa inovativnim idejama, pokrivaju sektore kojih nema dovoljno na lokalnom tržištu, nude proizvode i usluge koji zamenjuju uvoz ili su ekološki prihvatljivi. Primeri podržanih ideja: dizajneri, stručnjaci za informacione tehnologije, veb programeri, proizvođači organske hrane i prerađivači hrane.",
                "Beneficiaries are mainly women and young returnees, but also people from groups at risk who want to start their own business. Equipment goes to those who come with innovative ideas, cover sectors lacking in the local market, offer products and services that replace imports, or are eco-friendly. Examples of supported ideas: designers, IT specialists, web developers, organic food growers and food processors."),
            120, new("persona të trajnuar", "obučenih osoba", "people trained"),
            100, new("biznese të reja", "novih preduzeća", "new businesses")),
        new(3,
            new("Komponenti 3: Arsimi dhe aftësimi profesional", "Komponenta 3: Stručno obrazovanje i obuka", "Component 3: Vocational education and training"),
            new("aftesimi-profesional", "strucna-obuka", "vocational-training"),
            new("Kompetenca dhe rikualifikim për 50 përfitues të përzgjedhur përmes arsimit dhe aftësimit profesional.",
                "Kompetencije i prekvalifikacija za 50 izabranih korisnika kroz stručno obrazovanje i obuku.",
                "Competences and re-qualification for 50 selected beneficiaries through vocational education and training."),
            new("Mungesa e disa profesioneve në Kosovë po bëhet gjithnjë e më e dukshme. Projekti identifikon persona që duan t'i plotësojnë këto zbrazëti dhe të sigurojnë të ardhura të qëndrueshme: ata që duan të kualifikohen për sektorë ku mungon fuqia punëtore dhe ata që duan të rikualifikohen dhe të përvetësojnë shkathtësi të reja.",
                "Nedostatak pojedinih zanimanja na Kosovu sve je očigledniji. Projekat pronalazi osobe koje žele da popune te praznine i ostvare stalan prihod: one koje žele da se kvalifikuju za sektore u kojima nedostaje radne snage i one koje žele da se prekvalifikuju i savladaju nove veštine.",
                "The lack of certain vocations in Kosovo is becoming very evident. The project finds people who want to fill these gaps and earn a steady income: those who want to qualify for sectors short of workers and those who wish to re-qualify and master a new set of skills."),
            50, new("persona të rikualifikuar", "prekvalifikovanih osoba", "people re-qualified")),
        new(4,
            new("Komponenti 4: Punësimi i lehtësuar në kompani ekzistuese", "Komponenta 4: Olakšano zapošljavanje u postojećim preduzećima", "Component 4: Facilitated employment in existing companies"),
            new("punesimi", "zaposljavanje", "employment"),
            new("Mundësi punësimi të lehtësuar në kompani ekzistuese për 60 përfitues.",
                "Olakšano zapošljavanje 60 korisnika u postojećim preduzećima.",
                "Facilitated employment opportunities in selected existing companies for 60 beneficiaries."),
            new("Projekti ndihmon 60 përfitues, kryesisht gra të kthyera dhe të rinj, të gjejnë punë të qëndrueshme në industritë që kanë më shumë nevojë për ta, te një ose më shumë punëdhënës. Për çdo person të punësuar, punëdhënësi merr nga projekti mbështetje në pajisje dhe mallra.",
                "Projekat pomaže da 60 korisnika, uglavnom žena povratnica i mladih, pronađe stalan posao u granama kojima su najpotrebniji, kod jednog ili više poslodavaca. Za svaku zaposlenu osobu poslodavac od projekta dobija podršku u opremi i robi.",
                "The project helps 60 beneficiaries, mainly women returnees and young people, into solid employment in the industries that need them most, with a single employer or several. For each person hired, the employer receives support from the project in equipment and goods."),
            60, new("persona të punësuar", "zaposlenih osoba", "people employed")),
        new(5,
            new("Komponenti 5: Qendrat për Angazhim në Komunitet", "Komponenta 5: Centri za angažovanje zajednice", "Component 5: Community Engagement Centers"),
            new("qendrat-komunitare", "centri-zajednice", "community-centers"),
            new("Themelimi i 5 Qendrave për Angazhim në Komunitet ({CEC}).",
                "Osnivanje 5 centara za angažovanje zajednice ({CEC}).",
                "Establishment of 5 Community Engagement Centers (CEC)."),
            new("Për t'iu përgjigjur nevojave të komuniteteve ku jetojnë të kthyerit dhe grupet në rrezik, projekti themelon Qendra për Angazhim në Komunitet ({CEC}) në pesë komuna. Qendra është vend reflektimi dhe mësimi, ku gratë zgjedhin temat që u interesojnë dhe marrin pjesë rregullisht në aktivitete me komunitetin: një hapësirë e sigurt për të diskutuar edhe tema për të cilat përndryshe nuk do të ndiheshin rehat të flisnin. Qendrat organizojnë punëtori, takime shoqërore dhe ngjarje të tjera që nxisin qytetarinë aktive. Pesë komunat zgjidhen përmes një konkursi ndërmjet të gjitha komunave përfituese.",
                "Da bi odgovorio na potrebe zajednica u kojima žive povratnici i rizične grupe, projekat osniva centre za angažovanje zajednice ({CEC}) u pet opština. Centar je mesto razmišljanja i učenja, gde žene biraju teme koje ih zanimaju i redovno učestvuju u aktivnostima zajednice: bezbedan prostor za razgovor i o temama o kojima inače ne bi otvoreno govorile. Centri organizuju radionice, društvena okupljanja i druge događaje koji podstiču aktivno građanstvo. Pet opština bira se na konkursu među svim opštinama korisnicama.",
                "To meet the needs of the communities where returnees and groups at risk live, the project establishes Community Engagement Centers (CEC) in five municipalities. A centre is a hub for reflection and education, where women choose the subjects and take part in regular community engagement: a safe space to discuss topics they would otherwise not feel comfortable raising. The centres host workshops, social gatherings and other events that promote active citizenship. The five municipalities are chosen through a competition among all beneficiary municipalities."),
            5, new("qendra", "centara", "centres")),
    ];

    public static SeedText? ComponentClosing(int number) => number is 2 or 3 or 4 ? TwoCalls : null;

    public sealed record Municipality(string Code, SeedText Name, SeedText Slug, SeedText? Note = null);

    public static readonly Municipality[] Municipalities =
    [
        new("drenas", new("Drenasi", "Glogovac", "Drenas"), new("drenasi", "glogovac", "drenas")),
        new("malisheva", new("Malisheva", "Mališevo", "Malisheva"), new("malisheva", "malisevo", "malisheva")),
        new("gracanica", new("Graçanica", "Gračanica", "Gracanica"), new("gracanica", "gracanica", "gracanica"),
            new("Graçanica është komunë me shumicë serbe.", "Gračanica je opština sa većinskim srpskim stanovništvom.", "Gracanica is a Serb-majority municipality.")),
        new("south-mitrovica", new("Mitrovica e Jugut", "Južna Mitrovica", "South Mitrovica"), new("mitrovica-e-jugut", "juzna-mitrovica", "south-mitrovica")),
        new("istog", new("Istogu", "Istok", "Istog"), new("istogu", "istok", "istog")),
        new("prizren", new("Prizreni", "Prizren", "Prizren"), new("prizreni", "prizren", "prizren"),
            new("Në Prizren edhe gjuha turke është gjuhë zyrtare.", "U Prizrenu je i turski jezik u službenoj upotrebi.", "Turkish is also an official language in Prizren.")),
        new("klina", new("Klina", "Klina", "Klina"), new("klina", "klina", "klina")),
        new("rahovec", new("Rahoveci", "Orahovac", "Rahovec"), new("rahoveci", "orahovac", "rahovec")),
        new("lipjan", new("Lipjani", "Lipljan", "Lipjan"), new("lipjani", "lipljan", "lipjan")),
        new("suhareka", new("Suhareka", "Suva Reka", "Suhareka"), new("suhareka", "suva-reka", "suhareka")),
        new("vushtrri", new("Vushtrria", "Vučitrn", "Vushtrri"), new("vushtrria", "vucitrn", "vushtrri")),
    ];

    public static SeedText MunicipalityIntro(SeedText name) => new(
        $"{name.Sq} është njëra nga njëmbëdhjetë komunat përfituese të projektit INTEGRA. Më poshtë janë lajmet dhe thirrjet që kanë të bëjnë me këtë komunë.",
        $"Opština {name.Sr} jedna je od jedanaest opština korisnica projekta INTEGRA. U nastavku su vesti i pozivi koji se odnose na ovu opštinu.",
        $"{name.En} is one of the eleven beneficiary municipalities of INTEGRA. News and calls that concern it are listed below.");

    public sealed record Partner(string Role, SeedText Name, SeedText Summary, string? Link);

    public static readonly Partner[] Partners =
    [
        new("donor",
            new("Ministria Federale Gjermane për Bashkëpunim Ekonomik dhe Zhvillim ({BMZ})", "Savezno ministarstvo za ekonomsku saradnju i razvoj Nemačke ({BMZ})", "German Federal Ministry for Economic Cooperation and Development (BMZ)"),
            new("Financon projektin INTEGRA përmes programit {PH}.", "Finansira projekat INTEGRA kroz program {PH}.", "Funds INTEGRA through its programme “Perspektive Heimat”."),
            "https://www.bmz.de"),
        new("implementer",
            new("{PREDA}", "{PREDA}", "PREDA Plus Kosovo"),
            new("Fondacioni për Zhvillim të Qëndrueshëm Ekonomik, që e zbaton projektin.", "Fondacija za održivi ekonomski razvoj, koja sprovodi projekat.", "The Foundation for Sustainable Economic Development, which implements the project."),
            null),
        new("partner",
            new("{WENT}", "{WENT}", "Wentrepreneur Kosovo"),
            new("Partner në zbatimin e projektit.", "Partner u sprovođenju projekta.", "Partner in implementing the project."),
            null),
        new("support",
            new("{ASB}", "{ASB}", "Arbeiter-Samariter-Bund (ASB)"),
            new("Mbështet zbatimin e projektit.", "Podržava sprovođenje projekta.", "Supports the project's implementation."),
            null),
    ];
}
