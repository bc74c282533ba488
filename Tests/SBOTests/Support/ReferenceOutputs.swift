/// The outputs of the reference scripts, copied verbatim from a run (R 4.2.2 with survey
/// 4.1-1; Python 3.11). Tests read their expected values from here by label;
/// `ReferenceScriptTests` re-runs every script whose interpreter is installed and checks that
/// it still prints these numbers.
enum ReferenceOutputs {
    /// Every reference script.
    static let all: [ReferenceScript] = [estimateCommand, srs, stratified, edges, pps, ppsNonresponse, philoxStream]

    /// `Rscript Estimation/R/estimate_command.R` (run in the script's directory).
    static let estimateCommand = ReferenceScript(interpreter: "Rscript", path: "Estimation/R/estimate_command.R", pinned: """
        stuffing estimate                        0.4642857142857143
        stuffing se                              0.13418747246374574
        stuffing df                              11
        stuffing deff                            1.1313740523042846
        stuffing mean lower                      0.16894107872280451
        stuffing mean upper                      0.7596303498486241
        stuffing logit lower                     0.20907043106758405
        stuffing logit upper                     0.73968578299622534
        stuffing beta lower                      0.19700617960209926
        stuffing beta upper                      0.74774067275999445
        stuffing logit closed-form lower         0.20907043105460965
        stuffing logit closed-form upper         0.73968578298313015
        stuffing wilson lower                    0.21926359448133145
        stuffing wilson upper                    0.72785389525517863
        turnout estimate                         0.7440846824408468
        turnout se                               0.014295102154517902
        turnout df                               11
        turnout lower                            0.71262137473675891
        turnout upper                            0.7755479901449347
        turnout logit lower                      0.71137664397149558
        turnout logit upper                      0.77426230774623572
        votes_a estimate                         0.58269866360109213
        votes_a se                               0.025616449566947086
        votes_a df                               11
        votes_a lower                            0.52631723825000565
        votes_a upper                            0.6390800889521786
        votes_a logit lower                      0.52547612494589269
        votes_a logit upper                      0.63777739498582064
        votes_b estimate                         0.41730133639890787
        votes_b se                               0.025616449566947086
        votes_b df                               11
        votes_b lower                            0.36091991104782145
        votes_b upper                            0.4736827617499943
        votes_b logit lower                      0.3622226050141793
        votes_b logit upper                      0.47452387505410726
        stuffing by urban rural estimate         0.6470588235294118
        stuffing by urban rural beta lower       0.28101349668336445
        stuffing by urban rural beta upper       0.91619651590598405
        stuffing by urban urban estimate         0.18181818181818182
        stuffing by urban urban beta lower       0.0020881052042712885
        stuffing by urban urban beta upper       0.73289112184539662
        """)

    /// `Rscript Estimation/R/srs.R` (run in the script's directory).
    static let srs = ReferenceScript(interpreter: "Rscript", path: "Estimation/R/srs.R", pinned: """
        srs y estimate                           0.26666666666666666
        srs y se                                 0.11805169200721358
        srs y df                                 14
        srs y deff                               1.0000000000000002
        srs y mean lower                         0.013470969163422386
        srs y mean upper                         0.51986236416991094
        srs y logit lower                        0.090598285510421664
        srs y logit upper                        0.57031827309080607
        srs y beta lower                         0.073404866980793002
        srs y beta upper                         0.561750555590114
        srs y logit closed-form lower            0.090598285510049087
        srs y logit closed-form upper            0.57031827309053251
        srs y wilson lower                       0.097119705975296372
        srs y wilson upper                       0.55142844109466405
        srs turnout estimate                     0.5168520102651839
        srs turnout se                           0.012154687899794826
        srs turnout df                           14
        srs turnout lower                        0.49078279746190834
        srs turnout upper                        0.54292122306845947
        srs turnout logit lower                  0.49076058746983714
        srs turnout logit upper                  0.54285187340538921
        srs textbook se                          0.11805169200721355
        """)

    /// `Rscript Estimation/R/stratified.R` (run in the script's directory).
    static let stratified = ReferenceScript(interpreter: "Rscript", path: "Estimation/R/stratified.R", pinned: """
        y estimate                               0.41249999999999998
        y se                                     0.14599060530026411
        y df                                     13
        y deff                                   1.3029094132817538
        y mean lower                             0.097106472171278657
        y mean upper                             0.7278935278287213
        y logit lower                            0.1604248396769053
        y logit upper                            0.72067058807514739
        y beta lower                             0.14017777831918438
        y beta upper                             0.73197249759339222
        y logit closed-form lower                0.16042483967689872
        y logit closed-form upper                0.7206705880751415
        y wilson lower                           0.17117993920887806
        y wilson upper                           0.70474730353965809
        q estimate                               0.3892215568862275
        q se                                     0.13825700949249375
        q df                                     13
        q deff                                   1.2876130884576849
        q mean lower                             0.090535447042365325
        q mean upper                             0.68790766673008963
        q logit lower                            0.15355266493128913
        q logit upper                            0.69122089557394761
        q beta lower                             0.13448021308503458
        q beta upper                             0.69894157654710898
        q logit closed-form lower                0.15355266465656511
        q logit closed-form upper                0.69122089531837183
        q wilson lower                           0.16296749314952988
        q wilson upper                           0.67593242910463436
        y 90% estimate                           0.41249999999999998
        y 90% se                                 0.14599060530026411
        y 90% df                                 13
        y 90% deff                               1.3029094132817538
        y 90% mean lower                         0.15396036157342402
        y 90% mean upper                         0.67103963842657577
        y 90% logit lower                        0.19458787072047518
        y 90% logit upper                        0.67110569142353327
        y 90% beta lower                         0.17017209739253308
        y 90% beta upper                         0.69145832331360813
        y 90% logit closed-form lower            0.19458787072046779
        y 90% logit closed-form upper            0.67110569142352638
        y 90% wilson lower                       0.20174306202386341
        y 90% wilson upper                       0.66109002743662704
        turnout estimate                         0.4975567508432856
        turnout se                               0.0093599443769780324
        turnout df                               13
        turnout lower                            0.47733582038502709
        turnout upper                            0.51777768130154411
        turnout logit lower                      0.47735082877354679
        turnout logit upper                      0.51777065648090703
        votes_a estimate                         0.49889158661458882
        votes_a se                               0.01056509717021057
        votes_a df                               13
        votes_a lower                            0.47606708183558216
        votes_a upper                            0.52171609139359543
        votes_a logit lower                      0.47608522925284813
        votes_a logit upper                      0.52170255708377977
        y region A estimate                      0.18518518518518517
        y region A se                            0.11808673399902453
        y region A df                            5
        y region A deff                          0.63080240608330462
        y region A mean lower                    -0.11836642826232441
        y region A mean upper                    0.48873679863269476
        y region A logit lower                   0.02950278492096042
        y region A logit upper                   0.62950988409375552
        y region A beta lower                    0.017465428912136455
        y region A beta upper                    0.55935630400349057
        y region A logit closed-form lower       0.02950278492086602
        y region A logit closed-form upper       0.62950988409377751
        y region A wilson lower                  0.037232625799154699
        y region A wilson upper                  0.57185347787532936
        turnout region A estimate                0.48752481800132363
        turnout region A se                      0.01782869036001055
        turnout region A df                      5
        turnout region A lower                   0.44169471040869623
        turnout region A upper                   0.53335492559395103
        turnout region A logit lower             0.44192684198790011
        turnout region A logit upper             0.53333137780782203
        votes_a region A estimate                0.500347947112039
        votes_a region A se                      0.011783133078649144
        votes_a region A df                      5
        votes_a region A lower                   0.47005843925317814
        votes_a region A upper                   0.53063745497089987
        votes_a region A logit lower             0.47009416345894678
        votes_a region A logit upper             0.53059918319437316
        y region B estimate                      0.64556962025316456
        y region B se                            0.22987036140697961
        y region B df                            5
        y region B deff                          1.5818459234136328
        y region B mean lower                    0.054669044669228062
        y region B mean upper                    1.2364701958371009
        y region B logit lower                   0.12101224564011552
        y region B logit upper                   0.96015590532466377
        y region B beta lower                    0.1181319475704552
        y region B beta upper                    0.98088547701491757
        y region B logit closed-form lower       0.12101224564025709
        y region B logit closed-form upper       0.96015590532523631
        y region B wilson lower                  0.17557951733738389
        y region B wilson upper                  0.93967746292805165
        turnout region B estimate                0.50986802030456857
        turnout region B se                      0.01779745855971869
        turnout region B df                      5
        turnout region B lower                   0.46411819661046566
        turnout region B upper                   0.55561784399867142
        turnout region B logit lower             0.46416320673635425
        turnout region B logit upper             0.55540845412031603
        votes_a region B estimate                0.49664429530201337
        votes_a region B se                      0.021329484719401257
        votes_a region B df                      5
        votes_a region B lower                   0.44181510931883816
        votes_a region B upper                   0.55147348128518858
        votes_a region B logit lower             0.4420738532028699
        votes_a region B logit upper             0.55129480281575849
          region                 y  se.as.numeric(y)               ci_l
        A      A 0.185185185185185 0.118086733999025 0.0174654289121365
        B      B 0.645569620253165 0.229870361406980 0.1181319475704552
                       ci_u
        A 0.559356304003491
        B 0.980885477014918
          region                 y                se            DEff.y
        A      A 0.185185185185185 0.118086733999025 0.630802406083305
        B      B 0.645569620253165 0.229870361406980 1.581845923413633
          region ballots/registered se.ballots/registered
        A      A  0.487524818001324    0.0178286903600106
        B      B  0.509868020304569    0.0177974585597187
        """)

    /// `Rscript Estimation/R/edges.R` (run in the script's directory).
    static let edges = ReferenceScript(interpreter: "Rscript", path: "Estimation/R/edges.R", pinned: """
        lonely y estimate                        0.625
        lonely y se                              0.22030695915018214
        lonely y df                              3
        lonely y deff                            0.94666666666666699
        lonely y mean lower                      -0.076115068175785838
        lonely y mean upper                      1.3261150681757858
        lonely y logit lower                     0.077229527248601146
        lonely y logit upper                     0.97075171837432106
        lonely y beta lower                      0.10885114595290529
        lonely y beta upper                      0.9765351812884151
        lonely y logit closed-form lower         0.077229527248601562
        lonely y logit closed-form upper         0.97075171837432095
        lonely y wilson lower                    0.13308658748878988
        lonely y wilson upper                    0.94762802363038756
        lonely turnout estimate                  0.51536643026004725
        lonely turnout se                        0.01079644362135861
        lonely turnout df                        3
        lonely turnout lower                     0.48100732814705072
        lonely turnout upper                     0.54972553237304378
        lonely turnout logit lower               0.48098885503873978
        lonely turnout logit upper               0.54959919812627744
        census-stratum y estimate                0.42424242424242425
        census-stratum y se                      0.20327890704543544
        census-stratum y df                      6
        census-stratum y deff                    1.5631578947368425
        census-stratum y mean lower              -0.073163142494848232
        census-stratum y mean upper              0.92164799097969674
        census-stratum y logit lower             0.087723559342769084
        census-stratum y logit upper             0.84953891383053814
        census-stratum y beta lower              0.071623367093721899
        census-stratum y beta upper              0.85129577688380742
        census-stratum y logit closed-form lower 0.087723559342769014
        census-stratum y logit closed-form upper 0.84953891383053826
        census-stratum y wilson lower            0.10970769078908232
        census-stratum y wilson upper            0.81502032158117477
        census-only estimate                     0.66666666666666663
        census-only se                           0
        zero estimate                            0
        zero se                                  0
          2.5% 97.5%
        y  NaN   NaN
        zero kg lower                            0
        zero kg upper                            0.29225463406071173
        one kg lower                             0.68369867444004939
        one kg upper                             1
        homogeneous estimate                     0.60000000000000009
        homogeneous se                           0
        homogeneous kg lower                     0.27260766485588905
        homogeneous kg upper                     0.87163423458648892
        small-domain votes_a estimate            0.93874303898170242
        small-domain votes_a se                  0.049287634271556476
        small-domain votes_a df                  2
        small-domain votes_a lower               0.72667546484029688
        small-domain votes_a upper               1.150810613123108
        small-domain votes_a logit lower         0.27720348834659891
        small-domain votes_a logit upper         0.99836961026671178
        small-domain votes_b estimate            0.061256961018297536
        small-domain votes_b se                  0.049287634271556427
        small-domain votes_b df                  2
        small-domain votes_b lower               -0.15081061312310787
        small-domain votes_b upper               0.27332453515970295
        small-domain votes_b logit lower         0.0016303897332882026
        small-domain votes_b logit upper         0.72279651165340086
        """)

    /// `Rscript Estimation/R/pps.R` (run in the script's directory).
    static let pps = ReferenceScript(interpreter: "Rscript", path: "Estimation/R/pps.R", pinned: """
        pps y estimate                           0.59771373510861947
        pps y se                                 0.25472440303680932
        pps y df                                 7
        pps y deff                               2.3415018657601987
        pps y mean lower                         -0.0046137657847145075
        pps y mean upper                         1.2000412360019534
        pps y logit lower                        0.10822205899183597
        pps y logit upper                        0.94789228903637734
        pps y beta lower                         0.090329675793081127
        pps y beta upper                         0.97299427909186631
        pps y logit closed-form lower            0.10822205899183962
        pps y logit closed-form upper            0.9478922890363789
        pps y wilson lower                       0.15415897142696561
        pps y wilson upper                       0.9237372515893284
        pps turnout estimate                     0.47999071970084684
        pps turnout se                           0.0095552528122350953
        pps turnout df                           7
        pps turnout lower                        0.45739613717093558
        pps turnout upper                        0.50258530223075815
        pps turnout logit lower                  0.45745234978630434
        pps turnout logit upper                  0.50261082963594494
        mixed y estimate                         0.47249434815373015
        mixed y se                               0.20606787536766197
        mixed y df                               7
        mixed y deff                             1.552500812579636
        mixed y mean lower                       -0.014778747414842697
        mixed y mean upper                       0.95976744372230294
        mixed y logit lower                      0.11253123396594658
        mixed y logit upper                      0.86352423620417007
        mixed y beta lower                       0.094859109924342752
        mixed y beta upper                       0.87689680612167864
        mixed y logit closed-form lower          0.112531233965825
        mixed y logit closed-form upper          0.86352423620403884
        mixed y wilson lower                     0.13694633454384603
        mixed y wilson upper                     0.83488063896081832
        mixed turnout estimate                   0.48679884345311858
        mixed turnout se                         0.010057467995653508
        mixed turnout df                         7
        mixed turnout lower                      0.463016710720978
        mixed turnout upper                      0.51058097618525911
        mixed turnout logit lower                0.46306445815361807
        mixed turnout logit upper                0.51059291187107714
        """)

    /// `Rscript Estimation/R/pps_nonresponse.R` (run in the script's directory).
    static let ppsNonresponse = ReferenceScript(interpreter: "Rscript", path: "Estimation/R/pps_nonresponse.R", pinned: """
        nr weight total urban                    50.267676767676768
        nr sampled weight urban                  50.267676767676768
        nr weight total rural                    104.70202020202021
        nr sampled weight rural                  104.70202020202021
        nr weight total east                     30
        nr sampled weight east                   30
        nr weight u1                             6.3789014933025703
        nr weight u2                             15.947253733256424
        nr weight u4                             10.631502488837617
        nr weight u5                             4.7841761199769275
        nr weight u6                             1.9136704479907709
        nr weight u7                             1.9136704479907709
        nr weight u9                             8.6985020363216883
        nr weight r1                             22.960460737623215
        nr weight r2                             10.436573062556008
        nr weight r4                             57.401151844058035
        nr weight r6                             12.755811520901785
        nr weight r7                             1.1480230368811606
        nr weight e1                             6
        nr weight e2                             6
        nr weight e4                             6
        nr weight e5                             6
        nr weight e6                             6
        nr y estimate                            0.55555585441610034
        nr y se                                  0.19917276713499596
        nr y df                                  12
        nr y deff                                2.8307702639511052
        nr y mean lower                          0.12159567406204785
        nr y mean upper                          0.98951603477015282
        nr y logit lower                         0.17735167060117665
        nr y logit upper                         0.87875402909205658
        nr y beta lower                          0.14699172786232892
        nr y beta upper                          0.91231632541304164
        nr y logit closed-form lower             0.17735167060117665
        nr y logit closed-form upper             0.87875402909205669
        nr y wilson lower                        0.20377570132415593
        nr y wilson upper                        0.8592591811647573
        nr turnout estimate                      0.48066745183910192
        nr turnout se                            0.0052950317036141031
        nr turnout df                            12
        nr turnout lower                         0.46913056882977278
        nr turnout upper                         0.49220433484843107
        nr turnout logit lower                   0.46914291710182471
        nr turnout logit upper                   0.49221259532279138
        nr turnout se, certainty as sampled      0.0059956427984676
        certainty y estimate                     0.62423389932683615
        certainty y se                           0.22243569140402641
        certainty y df                           7
        certainty y deff                         2.0554777557159367
        certainty y mean lower                   0.098257069013066634
        certainty y mean upper                   1.1502107296406057
        certainty y logit lower                  0.14997683133969361
        certainty y logit upper                  0.93990766248622104
        certainty y beta lower                   0.14275061831242658
        certainty y beta upper                   0.96334408618034895
        certainty y logit closed-form lower      0.14997683133969381
        certainty y logit closed-form upper      0.93990766248622104
        certainty y wilson lower                 0.1944315778512318
        certainty y wilson upper                 0.91957483818345342
        """)

    /// `python3 Bootstrap/Reference/philox_stream.py` (run in the script's directory).
    static let philoxStream = ReferenceScript(interpreter: "python3", path: "Bootstrap/Reference/philox_stream.py", pinned: """
        iid golden common replicate r0  37
        iid golden common replicate r1  28
        iid golden common replicate r2  30
        iid golden common replicate r3  27
        iid golden common replicate r4  32
        rao-wu-fpc strata share replicate r0  0.3220990359850441
        rao-wu-fpc strata share replicate r1  0.3381950231240639
        rao-wu-fpc strata share replicate r2  0.19303113294705168
        rao-wu-fpc strata share replicate r3  0.4776132573947619
        rao-wu-fpc strata share replicate r4  0.3907555739301548
        rao-wu-fpc strata share replicate r5  0.17331485630326657
        rao-wu-fpc strata share replicate r6  0.3763273473593507
        rao-wu-fpc strata share replicate r7  0.37548416958199343
        """)
}
