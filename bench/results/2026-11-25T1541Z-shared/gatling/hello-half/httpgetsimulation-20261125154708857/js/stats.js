var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "320157",
        "ok": "116700",
        "ko": "203457"
    },
    "minResponseTime": {
        "total": "0",
        "ok": "0",
        "ko": "0"
    },
    "maxResponseTime": {
        "total": "52761",
        "ok": "49371",
        "ko": "52761"
    },
    "meanResponseTime": {
        "total": "1978",
        "ok": "4646",
        "ko": "447"
    },
    "standardDeviation": {
        "total": "5473",
        "ok": "6064",
        "ko": "4428"
    },
    "percentiles1": {
        "total": "1",
        "ok": "3192",
        "ko": "0"
    },
    "percentiles2": {
        "total": "5822",
        "ok": "6552",
        "ko": "2"
    },
    "percentiles3": {
        "total": "43278",
        "ok": "32552",
        "ko": "11145"
    },
    "percentiles4": {
        "total": "51815",
        "ok": "44069",
        "ko": "50327"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 4775,
    "percentage": 1.4914557545204383
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1830,
    "percentage": 0.5715945614183041
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 110095,
    "percentage": 34.3878159777859
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 203457,
    "percentage": 63.54913370627536
},
    "meanNumberOfRequestsPerSecond": {
        "total": "5616.79",
        "ok": "2047.37",
        "ko": "3569.42"
    }
},
contents: {
"req_hello-99162322": {
        type: "REQUEST",
        name: "hello",
path: "hello",
pathFormatted: "req_hello-99162322",
stats: {
    "name": "hello",
    "numberOfRequests": {
        "total": "320157",
        "ok": "116700",
        "ko": "203457"
    },
    "minResponseTime": {
        "total": "0",
        "ok": "0",
        "ko": "0"
    },
    "maxResponseTime": {
        "total": "52761",
        "ok": "49371",
        "ko": "52761"
    },
    "meanResponseTime": {
        "total": "1978",
        "ok": "4646",
        "ko": "447"
    },
    "standardDeviation": {
        "total": "5473",
        "ok": "6064",
        "ko": "4428"
    },
    "percentiles1": {
        "total": "1",
        "ok": "3194",
        "ko": "0"
    },
    "percentiles2": {
        "total": "7016",
        "ok": "6567",
        "ko": "2"
    },
    "percentiles3": {
        "total": "44160",
        "ok": "32559",
        "ko": "11145"
    },
    "percentiles4": {
        "total": "51903",
        "ok": "44222",
        "ko": "50327"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 4775,
    "percentage": 1.4914557545204383
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1830,
    "percentage": 0.5715945614183041
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 110095,
    "percentage": 34.3878159777859
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 203457,
    "percentage": 63.54913370627536
},
    "meanNumberOfRequestsPerSecond": {
        "total": "5616.79",
        "ok": "2047.37",
        "ko": "3569.42"
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
