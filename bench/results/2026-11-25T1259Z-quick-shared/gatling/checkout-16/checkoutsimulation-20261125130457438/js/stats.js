var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "109",
        "ok": "106",
        "ko": "3"
    },
    "minResponseTime": {
        "total": "165",
        "ok": "165",
        "ko": "2374"
    },
    "maxResponseTime": {
        "total": "2872",
        "ok": "2872",
        "ko": "2668"
    },
    "meanResponseTime": {
        "total": "1024",
        "ok": "982",
        "ko": "2496"
    },
    "standardDeviation": {
        "total": "560",
        "ok": "509",
        "ko": "125"
    },
    "percentiles1": {
        "total": "853",
        "ok": "846",
        "ko": "2446"
    },
    "percentiles2": {
        "total": "1948",
        "ok": "1606",
        "ko": "2668"
    },
    "percentiles3": {
        "total": "2668",
        "ok": "2585",
        "ko": "2668"
    },
    "percentiles4": {
        "total": "2872",
        "ok": "2872",
        "ko": "2668"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 48,
    "percentage": 44.03669724770643
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 32,
    "percentage": 29.357798165137616
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 26,
    "percentage": 23.853211009174313
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 3,
    "percentage": 2.7522935779816518
},
    "meanNumberOfRequestsPerSecond": {
        "total": "12.11",
        "ok": "11.78",
        "ko": "0.33"
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
        "total": "20",
        "ok": "17",
        "ko": "3"
    },
    "minResponseTime": {
        "total": "700",
        "ok": "700",
        "ko": "2382"
    },
    "maxResponseTime": {
        "total": "8113",
        "ok": "8113",
        "ko": "2679"
    },
    "meanResponseTime": {
        "total": "6285",
        "ok": "6952",
        "ko": "2504"
    },
    "standardDeviation": {
        "total": "2316",
        "ok": "1828",
        "ko": "127"
    },
    "percentiles1": {
        "total": "7650",
        "ok": "7676",
        "ko": "2450"
    },
    "percentiles2": {
        "total": "8045",
        "ok": "8045",
        "ko": "2679"
    },
    "percentiles3": {
        "total": "8113",
        "ok": "8113",
        "ko": "2679"
    },
    "percentiles4": {
        "total": "8113",
        "ok": "8113",
        "ko": "2679"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1,
    "percentage": 5.0
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
    "count": 16,
    "percentage": 80.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 3,
    "percentage": 15.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.22",
        "ok": "1.89",
        "ko": "0.33"
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
        "total": "20",
        "ok": "17",
        "ko": "3"
    },
    "minResponseTime": {
        "total": "695",
        "ok": "695",
        "ko": "2374"
    },
    "maxResponseTime": {
        "total": "2872",
        "ok": "2872",
        "ko": "2668"
    },
    "meanResponseTime": {
        "total": "1909",
        "ok": "1805",
        "ko": "2496"
    },
    "standardDeviation": {
        "total": "618",
        "ok": "613",
        "ko": "125"
    },
    "percentiles1": {
        "total": "2071",
        "ok": "1865",
        "ko": "2446"
    },
    "percentiles2": {
        "total": "2668",
        "ok": "2585",
        "ko": "2668"
    },
    "percentiles3": {
        "total": "2872",
        "ok": "2872",
        "ko": "2668"
    },
    "percentiles4": {
        "total": "2872",
        "ok": "2872",
        "ko": "2668"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1,
    "percentage": 5.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 15.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 13,
    "percentage": 65.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 3,
    "percentage": 15.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.22",
        "ok": "1.89",
        "ko": "0.33"
    }
}
    },"req_read-order--1964905404": {
        type: "REQUEST",
        name: "read order",
path: "checkout / read order",
pathFormatted: "req_checkout---read-1912956271",
stats: {
    "name": "read order",
    "numberOfRequests": {
        "total": "89",
        "ok": "89",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "165",
        "ok": "165",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1723",
        "ok": "1723",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "825",
        "ok": "825",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "288",
        "ok": "288",
        "ko": "-"
    },
    "percentiles1": {
        "total": "789",
        "ok": "789",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1249",
        "ok": "1249",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1723",
        "ok": "1723",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1723",
        "ok": "1723",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 47,
    "percentage": 52.80898876404494
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 29,
    "percentage": 32.58426966292135
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 13,
    "percentage": 14.606741573033707
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "9.89",
        "ok": "9.89",
        "ko": "-"
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
