var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {"total": "12", "ok": "11", "ko": "1"},
    "minResponseTime": {"total": "1", "ok": "1", "ko": "30"},
    "maxResponseTime": {"total": "90", "ok": "90", "ko": "30"},
    "meanResponseTime": {"total": "20", "ok": "19", "ko": "30"},
    "standardDeviation": {"total": "6", "ok": "6", "ko": "-"},
    "percentiles1": {"total": "12", "ok": "12", "ko": "30"},
    "percentiles2": {"total": "40", "ok": "40", "ko": "30"},
    "percentiles3": {"total": "88", "ok": "88", "ko": "30"},
    "percentiles4": {"total": "90", "ok": "90", "ko": "30"},
    "meanNumberOfRequestsPerSecond": {"total": "1.2", "ok": "1.1", "ko": "0.1"}
},
contents: {
"group_checkout-1": {
        type: "GROUP",
        name: "checkout",
path: "checkout",
pathFormatted: "group_checkout-1",
stats: {
    "name": "checkout",
    "numberOfRequests": {"total": "4", "ok": "4", "ko": "0"},
    "minResponseTime": {"total": "300", "ok": "300", "ko": "-"},
    "maxResponseTime": {"total": "900", "ok": "900", "ko": "-"},
    "meanResponseTime": {"total": "500", "ok": "500", "ko": "-"},
    "standardDeviation": {"total": "6", "ok": "6", "ko": "-"},
    "percentiles1": {"total": "450", "ok": "450", "ko": "-"},
    "percentiles2": {"total": "800", "ok": "800", "ko": "-"},
    "percentiles3": {"total": "890", "ok": "890", "ko": "-"},
    "percentiles4": {"total": "900", "ok": "900", "ko": "-"},
    "meanNumberOfRequestsPerSecond": {"total": "0.4", "ok": "0.4", "ko": "-"}
},
contents: {
"req_place-order-2": {
        type: "REQUEST",
        name: "place order",
path: "checkout / place order",
pathFormatted: "req_place-order-2",
stats: {
    "name": "place order",
    "numberOfRequests": {"total": "5", "ok": "4", "ko": "1"},
    "minResponseTime": {"total": "5", "ok": "5", "ko": "30"},
    "maxResponseTime": {"total": "30", "ok": "20", "ko": "30"},
    "meanResponseTime": {"total": "12", "ok": "10", "ko": "30"},
    "standardDeviation": {"total": "6", "ok": "6", "ko": "-"},
    "percentiles1": {"total": "9", "ok": "9", "ko": "30"},
    "percentiles2": {"total": "18", "ok": "18", "ko": "30"},
    "percentiles3": {"total": "20", "ok": "20", "ko": "30"},
    "percentiles4": {"total": "20", "ok": "20", "ko": "30"},
    "meanNumberOfRequestsPerSecond": {"total": "0.5", "ok": "0.4", "ko": "0.1"}
}
    }
}

    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
}
