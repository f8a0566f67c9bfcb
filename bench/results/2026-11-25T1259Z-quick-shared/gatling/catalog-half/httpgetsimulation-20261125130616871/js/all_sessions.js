allUsersData = {
    
color: '#FFA900',
name: 'Active Users',
data: [
  [1795611978000,17],[1795611979000,17],[1795611980000,16],[1795611981000,17],[1795611982000,16],[1795611983000,15],[1795611984000,16],[1795611985000,14]
],
tooltip: { yDecimals: 0, ySuffix: '', valueDecimals: 0 }
    , zIndex: 20
    , yAxis: 1
};