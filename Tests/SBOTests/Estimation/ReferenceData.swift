/// The data sets of the R scripts in `R/`, copied verbatim.
enum ReferenceData {
    /// `R/stratified.R`: strata north (N 40), south (N 25), east (N 60); "west" (N 20) has
    /// no reporting station.
    static let stratified = ReferenceTable("""
        id,stratum,N,region,y,q,ballots,registered,votes_a,votes_b
        n1,north,40,A,1,0,412,800,200,190
        n2,north,40,A,0,1,380,760,150,220
        n3,north,40,B,NA,0,501,900,260,230
        n4,north,40,B,1,1,295,610,100,185
        n5,north,40,A,0,0,450,870,240,200
        n6,north,40,B,1,NA,333,700,NA,150
        n7,north,40,A,0,0,420,820,210,205
        s1,south,25,A,1,1,600,1000,310,280
        s2,south,25,B,1,1,512,950,250,250
        s3,south,25,B,0,1,480,890,NA,NA
        s4,south,25,A,NA,0,390,800,200,180
        s5,south,25,B,1,1,555,990,300,240
        e1,east,60,A,0,0,210,500,100,105
        e2,east,60,B,0,1,250,560,120,125
        e3,east,60,B,1,0,NA,520,NA,NA
        e4,east,60,A,0,0,230,540,110,115
        """)

    /// `R/srs.R`: one stratum, 15 of N = 6537 stations.
    static let simpleRandom = ReferenceTable("""
        id,stratum,N,y,ballots,registered
        s01,all,6537,1,410,800
        s02,all,6537,0,388,760
        s03,all,6537,0,502,900
        s04,all,6537,1,297,610
        s05,all,6537,0,455,870
        s06,all,6537,0,330,700
        s07,all,6537,0,421,820
        s08,all,6537,1,600,1000
        s09,all,6537,0,515,950
        s10,all,6537,0,482,890
        s11,all,6537,1,391,800
        s12,all,6537,0,555,990
        s13,all,6537,0,212,500
        s14,all,6537,0,251,560
        s15,all,6537,0,233,540
        """)

    /// `R/pps.R`: two PPS strata.
    static let proportional = ReferenceTable("""
        id,stratum,pi,y,ballots,registered
        u1,urban,0.30,1,610,1200
        u2,urban,0.12,0,220,480
        u3,urban,0.25,1,505,1000
        u4,urban,0.18,0,350,720
        u5,urban,0.40,1,790,1600
        r1,rural,0.05,0,95,210
        r2,rural,0.11,1,240,460
        r3,rural,0.08,0,150,330
        r4,rural,0.02,1,40,90
        """)

    /// `R/edges.R` case 1: stratum "solo" has one reporting station.
    static let lonely = ReferenceTable("""
        id,stratum,N,y,ballots,registered
        a1,big,30,1,400,800
        a2,big,30,0,380,760
        a3,big,30,0,500,900
        a4,big,30,1,300,610
        s1,solo,10,1,450,870
        """)

    /// `R/edges.R` case 2: stratum "tiny" is a census (3 of 3).
    static let censusStratum = ReferenceTable("""
        id,stratum,N,y
        a1,big,30,1
        a2,big,30,0
        a3,big,30,0
        a4,big,30,1
        a5,big,30,0
        t1,tiny,3,1
        t2,tiny,3,0
        t3,tiny,3,1
        """)

    /// `R/edges.R` cases 3 and 4: strata a (6 of 60) and b (5 of 40), y set per test.
    static let twoStrata = ReferenceTable("""
        id,stratum,N
        a1,a,60
        a2,a,60
        a3,a,60
        a4,a,60
        a5,a,60
        a6,a,60
        b1,b,40
        b2,b,40
        b3,b,40
        b4,b,40
        b5,b,40
        """)
}
