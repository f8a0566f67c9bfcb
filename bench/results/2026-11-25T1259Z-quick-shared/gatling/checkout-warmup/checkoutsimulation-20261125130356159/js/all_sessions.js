allUsersData = {
    
color: '#FFA900',
name: 'Active Users',
data: [
  [1795611838000,4],[1795611839000,4],[1795611840000,4],[1795611841000,4],[1795611842000,4]
],
tooltip: { yDecimals: 0, ySuffix: '', valueDecimals: 0 }
    , zIndex: 20
    , yAxis: 1
};