var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "298",
        "ok": "298",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "132",
        "ok": "132",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2157",
        "ok": "2157",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "609",
        "ok": "609",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "376",
        "ok": "376",
        "ko": "-"
    },
    "percentiles1": {
        "total": "485",
        "ok": "485",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1137",
        "ok": "1137",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1866",
        "ok": "1866",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2157",
        "ok": "2157",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 219,
    "percentage": 73.48993288590604
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 58,
    "percentage": 19.463087248322147
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 21,
    "percentage": 7.046979865771812
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "22.92",
        "ok": "22.92",
        "ko": "-"
    }
},
contents: {
"req_catalog--warm-u--1524411769": {
        type: "REQUEST",
        name: "catalog (warm-up)",
path: "catalog (warm-up)",
pathFormatted: "req_catalog--warm-u--1524411769",
stats: {
    "name": "catalog (warm-up)",
    "numberOfRequests": {
        "total": "48",
        "ok": "48",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "263",
        "ok": "263",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2157",
        "ok": "2157",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1064",
        "ok": "1064",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "532",
        "ok": "532",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1115",
        "ok": "1115",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1821",
        "ok": "1821",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2157",
        "ok": "2157",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2157",
        "ok": "2157",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 16,
    "percentage": 33.33333333333333
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 13,
    "percentage": 27.083333333333332
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 19,
    "percentage": 39.58333333333333
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.69",
        "ok": "3.69",
        "ko": "-"
    }
}
    },"req_catalog-555704345": {
        type: "REQUEST",
        name: "catalog",
path: "catalog",
pathFormatted: "req_catalog-555704345",
stats: {
    "name": "catalog",
    "numberOfRequests": {
        "total": "250",
        "ok": "250",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "132",
        "ok": "132",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1250",
        "ok": "1250",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "521",
        "ok": "521",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "259",
        "ok": "259",
        "ko": "-"
    },
    "percentiles1": {
        "total": "427",
        "ok": "427",
        "ko": "-"
    },
    "percentiles2": {
        "total": "892",
        "ok": "892",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1178",
        "ok": "1178",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1250",
        "ok": "1250",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 203,
    "percentage": 81.2
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 45,
    "percentage": 18.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 2,
    "percentage": 0.8
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "19.23",
        "ok": "19.23",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
