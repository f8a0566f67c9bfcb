var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "4",
        "ok": "0",
        "ko": "4"
    },
    "minResponseTime": {
        "total": "3192",
        "ok": "-",
        "ko": "3192"
    },
    "maxResponseTime": {
        "total": "3372",
        "ok": "-",
        "ko": "3372"
    },
    "meanResponseTime": {
        "total": "3286",
        "ok": "-",
        "ko": "3286"
    },
    "standardDeviation": {
        "total": "64",
        "ok": "-",
        "ko": "64"
    },
    "percentiles1": {
        "total": "3299",
        "ok": "-",
        "ko": "3299"
    },
    "percentiles2": {
        "total": "3372",
        "ok": "-",
        "ko": "3372"
    },
    "percentiles3": {
        "total": "3372",
        "ok": "-",
        "ko": "3372"
    },
    "percentiles4": {
        "total": "3372",
        "ok": "-",
        "ko": "3372"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 4,
    "percentage": 100.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.8",
        "ok": "-",
        "ko": "0.8"
    }
},
contents: {
"group_checkout-1536904518": {
          type: "GROUP",
name: "checkout",
path: "checkout",
pathFormatted: "group_checkout-1536904518",
stats: {
    "name": "checkout",
    "numberOfRequests": {
        "total": "4",
        "ok": "0",
        "ko": "4"
    },
    "minResponseTime": {
        "total": "4030",
        "ok": "-",
        "ko": "4030"
    },
    "maxResponseTime": {
        "total": "4137",
        "ok": "-",
        "ko": "4137"
    },
    "meanResponseTime": {
        "total": "4083",
        "ok": "-",
        "ko": "4083"
    },
    "standardDeviation": {
        "total": "39",
        "ok": "-",
        "ko": "39"
    },
    "percentiles1": {
        "total": "4093",
        "ok": "-",
        "ko": "4093"
    },
    "percentiles2": {
        "total": "4137",
        "ok": "-",
        "ko": "4137"
    },
    "percentiles3": {
        "total": "4137",
        "ok": "-",
        "ko": "4137"
    },
    "percentiles4": {
        "total": "4137",
        "ok": "-",
        "ko": "4137"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 4,
    "percentage": 100.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.8",
        "ok": "-",
        "ko": "0.8"
    }
},
contents: {
"req_place-order--1462873355": {
        type: "REQUEST",
        name: "place order",
path: "checkout / place order",
pathFormatted: "req_checkout---plac--1508245718",
stats: {
    "name": "place order",
    "numberOfRequests": {
        "total": "4",
        "ok": "0",
        "ko": "4"
    },
    "minResponseTime": {
        "total": "3192",
        "ok": "-",
        "ko": "3192"
    },
    "maxResponseTime": {
        "total": "3372",
        "ok": "-",
        "ko": "3372"
    },
    "meanResponseTime": {
        "total": "3286",
        "ok": "-",
        "ko": "3286"
    },
    "standardDeviation": {
        "total": "64",
        "ok": "-",
        "ko": "64"
    },
    "percentiles1": {
        "total": "3299",
        "ok": "-",
        "ko": "3299"
    },
    "percentiles2": {
        "total": "3372",
        "ok": "-",
        "ko": "3372"
    },
    "percentiles3": {
        "total": "3372",
        "ok": "-",
        "ko": "3372"
    },
    "percentiles4": {
        "total": "3372",
        "ok": "-",
        "ko": "3372"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 4,
    "percentage": 100.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.8",
        "ok": "-",
        "ko": "0.8"
    }
}
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
